package nl.samenspraak.gemeente.rotterdam.internal;

import java.time.LocalDate;
import java.util.Locale;

/** What all rules of Rotterdam share. */
final class Rotterdam {

    static final String GEMEENTE = "GM0599";

    /**
     * First day covered by this bundle. Rotterdam's rules before 2025 are not in it: requests from before
     * find no rules and the platform refuses them (fails closed).
     */
    static final LocalDate EERSTE_DAG = LocalDate.of(2025, 1, 1);

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private Rotterdam() {
    }

    static String euro(long centen) {
        return String.format(NL, "EUR %,d,%02d", centen / 100, centen % 100);
    }
}
