package ${package}.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** Facts about ${gemeenteNaam} that every rules class of this bundle shares. */
final class Gemeente {

    /** The CBS code the rules are registered for: the service property {@code gemeente}. */
    static final String CODE = "${gemeenteCode}";
    static final String NAAM = "${gemeenteNaam}";

    /** Where a resident reads the regulations (replace by the CVDR addresses of the adopted texts). */
    static final String BRON = "https://lokaleregelgeving.overheid.nl/ (gemeente " + NAAM + ")";

    static final LocalDate EERSTE_JANUARI_2024 = LocalDate.of(2024, 1, 1);
    static final LocalDate EERSTE_JANUARI_2025 = LocalDate.of(2025, 1, 1);

    private Gemeente() {
    }

    /** An amount in euro cents as a resident reads it: "€ 1.500,00". */
    static String euro(long centen) {
        return NumberFormat.getCurrencyInstance(Locale.forLanguageTag("nl-NL")).format(BigDecimal.valueOf(centen, 2))
                .replace('\u00a0', ' ');
    }
}
