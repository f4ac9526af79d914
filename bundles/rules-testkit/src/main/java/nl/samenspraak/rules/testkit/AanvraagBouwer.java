package nl.samenspraak.rules.testkit;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;

/**
 * Builds a {@link Subsidieaanvraag} from defaults that meet common schemes: submitted on 3 March 2025 for
 * an activity ten weeks later, EUR 250 for a buurt, an applicant of 35 with five adult supporters, an
 * activity that fits the wijkagenda, is open to everyone and is carried out in the year applied for. Change
 * only what a test is about.
 */
public final class AanvraagBouwer {

    public static final LocalDate STANDAARD_INGEDIEND_OP = LocalDate.of(2025, 3, 3);

    private LocalDate ingediendOp = STANDAARD_INGEDIEND_OP;
    /** Either an absolute day or a distance from {@link #ingediendOp}; the distance follows a new submission day. */
    private LocalDate activiteitOp;
    private Period activiteitNa = Period.ofWeeks(10);
    private long centen = 25_000;
    private Schaal schaal = Schaal.BUURT;
    private Optional<String> wijk = Optional.empty();
    private int leeftijdAanvrager = 35;
    private List<Integer> ondersteuners = List.of(34, 41, 28, 67, 19);
    private final EnumSet<Kenmerk> kenmerken = EnumSet.of(Kenmerk.PAST_IN_WIJKAGENDA, Kenmerk.OPENBAAR_TOEGANKELIJK,
            Kenmerk.UITGEVOERD_IN_AANVRAAGJAAR);

    AanvraagBouwer() {
    }

    /** Starts from an existing application. */
    public static AanvraagBouwer van(Subsidieaanvraag aanvraag) {
        AanvraagBouwer b = new AanvraagBouwer().ingediendOp(aanvraag.ingediendOp()).activiteitOp(aanvraag.activiteitOp())
                .centen(aanvraag.gevraagdInCenten()).schaal(aanvraag.schaal()).aanvrager(aanvraag.leeftijdAanvrager());
        b.wijk = aanvraag.wijk();
        b.ondersteuners = aanvraag.leeftijdenOndersteuners();
        b.kenmerken.clear();
        b.kenmerken.addAll(aanvraag.kenmerken());
        return b;
    }

    public AanvraagBouwer kopie() {
        return van(bouw()).activiteitRelatief(activiteitOp == null ? activiteitNa : null);
    }

    private AanvraagBouwer activiteitRelatief(Period na) {
        if (na != null) {
            activiteitOp = null;
            activiteitNa = na;
        }
        return this;
    }

    /** The day the application is received; an activity set with {@link #activiteitNa} moves along. */
    public AanvraagBouwer ingediendOp(LocalDate dag) {
        ingediendOp = dag;
        return this;
    }

    public AanvraagBouwer activiteitOp(LocalDate dag) {
        activiteitOp = dag;
        return this;
    }

    /** The activity starts this long after the submission day. */
    public AanvraagBouwer activiteitNa(Period na) {
        return activiteitRelatief(na);
    }

    public AanvraagBouwer activiteitNaDagen(int dagen) {
        return activiteitNa(Period.ofDays(dagen));
    }

    public AanvraagBouwer centen(long bedrag) {
        centen = bedrag;
        return this;
    }

    public AanvraagBouwer euro(long bedrag) {
        return centen(Math.multiplyExact(bedrag, 100L));
    }

    public AanvraagBouwer schaal(Schaal reikwijdte) {
        schaal = reikwijdte;
        return this;
    }

    public AanvraagBouwer wijk(String cbsWijkcode) {
        wijk = Optional.of(cbsWijkcode);
        return this;
    }

    public AanvraagBouwer zonderWijk() {
        wijk = Optional.empty();
        return this;
    }

    public AanvraagBouwer aanvrager(int leeftijd) {
        leeftijdAanvrager = leeftijd;
        return this;
    }

    /** The ages of the residents who signed in support (replaces the default five adults). */
    public AanvraagBouwer ondersteuners(Integer... leeftijden) {
        ondersteuners = List.of(leeftijden);
        return this;
    }

    /** {@code aantal} supporters, all of age {@code leeftijd}. */
    public AanvraagBouwer ondersteuners(int aantal, int leeftijd) {
        Integer[] leeftijden = new Integer[aantal];
        Arrays.fill(leeftijden, leeftijd);
        return ondersteuners(leeftijden);
    }

    public AanvraagBouwer met(Kenmerk... erbij) {
        kenmerken.addAll(List.of(erbij));
        return this;
    }

    public AanvraagBouwer zonder(Kenmerk... eraf) {
        List.of(eraf).forEach(kenmerken::remove);
        return this;
    }

    public LocalDate ingediendOp() {
        return ingediendOp;
    }

    public Optional<String> wijk() {
        return wijk;
    }

    public Subsidieaanvraag bouw() {
        LocalDate activiteit = activiteitOp != null ? activiteitOp : ingediendOp.plus(activiteitNa);
        return new Subsidieaanvraag(ingediendOp, activiteit, centen, schaal, wijk, leeftijdAanvrager, ondersteuners,
                Set.copyOf(kenmerken));
    }
}
