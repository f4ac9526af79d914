package nl.samenspraak.web.internal.werkplek;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.werkplek.Toewijzing;

/**
 * Everything that waits on the gemeente, the item whose legal term ends first on top: the same question as the daily
 * werkvoorraad mail ({@link Initiatief#lopendeTermijn()}), with who takes care of each and the filters of the page.
 */
public final class Werkvoorraad {

    /** Filter value of {@code wie} for items nobody took yet. */
    static final String NIEMAND = "niemand";

    /** One item: what is to be done, by when, and by whom. */
    public record Zaak(Initiatief initiatief, String taak, LocalDate termijn, long dagenOver, Optional<Toewijzing> toewijzing) {

        public boolean verlopen() {
            return dagenOver < 0;
        }

        /** The days left in words: {@code nog 5 dagen}, {@code vandaag}, {@code 3 dagen te laat}. */
        public String dagen() {
            return inWoorden(dagenOver);
        }
    }

    /** Days left in words: {@code nog 5 dagen}, {@code laatste dag vandaag}, {@code 3 dagen te laat}. */
    static String inWoorden(long dagenOver) {
        if (dagenOver == 0) {
            return "laatste dag vandaag";
        }
        long n = Math.abs(dagenOver);
        String woord = n == 1 ? " dag" : " dagen";
        return dagenOver > 0 ? "nog " + n + woord : n + woord + " te laat";
    }

    /** Which items to show; an empty field shows all. {@code wie} is a user name or {@link #NIEMAND}. */
    record Filter(Optional<Initiatiefsoort> soort, Optional<String> wijk, Optional<String> wie) {
        static final Filter ALLES = new Filter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    private final List<Zaak> zaken;

    private Werkvoorraad(List<Zaak> zaken) {
        this.zaken = zaken;
    }

    /**
     * @param aangevuld ids of applications that came back with an aanvulling since the last request for one
     */
    static Werkvoorraad van(List<Initiatief> initiatieven, Map<String, Toewijzing> toewijzingen, Set<String> aangevuld,
            LocalDate vandaag) {
        List<Zaak> zaken = new ArrayList<>();
        for (Initiatief i : initiatieven) {
            i.lopendeTermijn().ifPresent(termijn -> zaken.add(new Zaak(i, taak(i, aangevuld.contains(i.id())), termijn,
                    ChronoUnit.DAYS.between(vandaag, termijn), Optional.ofNullable(toewijzingen.get(i.id())))));
        }
        zaken.sort(Comparator.comparing(Zaak::termijn).thenComparing(z -> z.initiatief().aangemaaktOp())
                .thenComparing(z -> z.initiatief().id()));
        return new Werkvoorraad(List.copyOf(zaken));
    }

    private static String taak(Initiatief i, boolean aangevuld) {
        return switch (i.soort()) {
            case BEWONERSINITIATIEF -> aangevuld ? "Aanvulling ontvangen: subsidieaanvraag beslissen" : "Subsidieaanvraag beslissen";
            case UITDAAGRECHT -> "Right to Challenge: verzoek beslissen";
            case INSPRAAK -> "Inspraak: zienswijzen beantwoorden in de reactienota";
            case PARTICIPATIETRAJECT -> "Participatietraject";
        };
    }

    /** The items that pass the filter, still in order of their term. */
    List<Zaak> zaken(Filter filter) {
        return zaken.stream()
                .filter(z -> filter.soort().map(s -> z.initiatief().soort() == s).orElse(true))
                .filter(z -> filter.wijk().map(w -> z.initiatief().wijk().equals(Optional.of(w))).orElse(true))
                .filter(z -> filter.wie().map(w -> NIEMAND.equals(w) ? z.toewijzing().isEmpty()
                        : z.toewijzing().map(t -> t.aan().equals(w)).orElse(false)).orElse(true))
                .toList();
    }

    /** Everyone who has an item now, for the filter. */
    Set<String> behandelaars() {
        Set<String> namen = new TreeSet<>();
        zaken.forEach(z -> z.toewijzing().ifPresent(t -> namen.add(t.aan())));
        return namen;
    }

    long verlopen() {
        return zaken.stream().filter(Zaak::verlopen).count();
    }
}
