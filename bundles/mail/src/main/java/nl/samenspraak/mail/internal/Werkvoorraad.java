package nl.samenspraak.mail.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.samenspraak.api.initiatief.Initiatief;

/**
 * A gemeente's daily werkvoorraad for its civil servants: what awaits a decision whose term ran out, what falls due in
 * the next seven days, and what arrived since yesterday. The term is the besluit's for an application or a Right to
 * Challenge request, and the reactienota's for a draft ter inzage.
 */
final class Werkvoorraad {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    static final int VOORUIT_DAGEN = 7;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private Werkvoorraad() {
    }

    private record Zaak(String groep, Initiatief initiatief, LocalDate termijn) {
    }

    /** The details of the digest mail for {@code vandaag}; empty when there is nothing to report. */
    static Optional<Map<String, String>> van(List<Initiatief> initiatieven, LocalDate vandaag) {
        List<Zaak> zaken = new ArrayList<>();
        Instant sindsGisteren = vandaag.minusDays(1).atStartOfDay(NEDERLAND).toInstant();
        for (Initiatief i : initiatieven) {
            Optional<LocalDate> termijn = i.lopendeTermijn();
            if (termijn.isEmpty()) {
                continue;
            }
            LocalDate t = termijn.get();
            if (t.isBefore(vandaag)) {
                zaken.add(new Zaak("verlopen", i, t));
            } else if (!t.isAfter(vandaag.plusDays(VOORUIT_DAGEN))) {
                zaken.add(new Zaak("binnenkort", i, t));
            } else if (!i.aangemaaktOp().isBefore(sindsGisteren)) {
                zaken.add(new Zaak("nieuw", i, t));
            }
        }
        if (zaken.isEmpty()) {
            return Optional.empty();
        }
        zaken.sort(Comparator.comparing(Zaak::termijn).thenComparing(z -> z.initiatief().id()));
        StringBuilder lijst = new StringBuilder();
        for (Zaak z : zaken) {
            lijst.append(z.groep()).append('|').append(z.initiatief().titel().replace('|', '/').replace('\n', ' ')).append('|')
                    .append(z.termijn().format(DATUM)).append('|').append("/gemeenten/").append(z.initiatief().gemeente())
                    .append("/initiatieven/").append(z.initiatief().id()).append('\n');
        }
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("datum", vandaag.toString());
        gegevens.put("verlopen", String.valueOf(zaken.stream().filter(z -> z.groep().equals("verlopen")).count()));
        gegevens.put("binnenkort", String.valueOf(zaken.stream().filter(z -> z.groep().equals("binnenkort")).count()));
        gegevens.put("nieuw", String.valueOf(zaken.stream().filter(z -> z.groep().equals("nieuw")).count()));
        gegevens.put("lijst", lijst.toString().strip());
        gegevens.put("pad", "/gemeenten/" + zaken.get(0).initiatief().gemeente() + "/initiatieven");
        return Optional.of(gegevens);
    }
}
