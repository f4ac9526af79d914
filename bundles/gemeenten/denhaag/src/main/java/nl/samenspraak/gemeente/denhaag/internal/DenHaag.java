package nl.samenspraak.gemeente.denhaag.internal;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What all rules of 's-Gravenhage share: the CBS code and the wijken of the wijkbudget pilot.
 *
 * <p>Wijk codes: Spoorwijk lies in WK051838 (Laakkwartier en Spoorwijk), Nieuw Waldeck in WK051818
 * (Waldeck), Mariahoeve in WK051825 (Mariahoeve en Marlot), Moerwijk is WK051836, as in the platform's demo
 * configuration. The codes of Zeeheldenkwartier and Bezuidenhout were not verified: WK051890 and WK051891
 * are PLACEHOLDERS in the unused 90s range, the same as the demo configuration uses, to be replaced by the
 * real CBS codes.
 */
final class DenHaag {

    static final String GEMEENTE = "GM0518";

    static final String SPOORWIJK = "WK051838";
    static final String MOERWIJK = "WK051836";
    static final String NIEUW_WALDECK = "WK051818";
    static final String MARIAHOEVE = "WK051825";
    /** PLACEHOLDER, see the class comment. */
    static final String ZEEHELDENKWARTIER = "WK051890";
    /** PLACEHOLDER, see the class comment. */
    static final String BEZUIDENHOUT = "WK051891";

    /** The day the participatieverordening replaces the inspraakverordening (art. 150 Gemeentewet as of 2025). */
    static final LocalDate PARTICIPATIEVERORDENING_VANAF = LocalDate.of(2025, 1, 1);

    /**
     * First day covered by this bundle: the start of the Actieplan Burgerparticipatie and the wijkbudget pilot
     * (2017). The older rules' real adoption date is not known here; requests before it find no rules and the
     * platform refuses them (fails closed).
     */
    static final LocalDate EERSTE_DAG = LocalDate.of(2017, 1, 1);

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private DenHaag() {
    }

    static String euro(long centen) {
        return String.format(NL, "EUR %,d,%02d", centen / 100, centen % 100);
    }
}
