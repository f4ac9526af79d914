package nl.samenspraak.gemeente.doetinchem.internal;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What all rules of Doetinchem share. Doetinchem's own participatieverordening and initiative scheme were not
 * available when this bundle was written: its rules are the VNG model's and the Awb's defaults, shaped by the
 * overheidsparticipatie of the Doetinchem pilot (the gemeente joins residents' initiatives as partner, adviser
 * or supporter). Citations say "naar VNG-model" and name paragraphs, not Doetinchem's article numbers.
 */
final class Doetinchem {

    static final String GEMEENTE = "GM0222";

    /** First day covered; earlier requests find no rules and the platform refuses them (fails closed). */
    static final LocalDate EERSTE_DAG = LocalDate.of(2025, 1, 1);

    static final String VERORDENING = "Participatieverordening Doetinchem (naar VNG-model)";

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private Doetinchem() {
    }

    static String euro(long centen) {
        return String.format(NL, "EUR %,d,%02d", centen / 100, centen % 100);
    }
}
