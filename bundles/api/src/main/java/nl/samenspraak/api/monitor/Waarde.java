package nl.samenspraak.api.monitor;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure of an indicator.
 *
 * @param sleutel stable within its indicator, e.g. {@code meebeslissen} or a wijkbudget round's id
 * @param label in Dutch, for a table's row
 * @param getal empty when there is nothing to compute it from (a share of nothing, a mean of no answers)
 */
public record Waarde(String sleutel, String label, Optional<BigDecimal> getal, Eenheid eenheid) {

    public Waarde {
        Objects.requireNonNull(sleutel, "sleutel");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(getal, "getal");
        Objects.requireNonNull(eenheid, "eenheid");
    }

    public static Waarde van(String sleutel, String label, BigDecimal getal, Eenheid eenheid) {
        return new Waarde(sleutel, label, Optional.of(getal), eenheid);
    }

    public static Waarde aantal(String sleutel, String label, long aantal) {
        return van(sleutel, label, BigDecimal.valueOf(aantal), Eenheid.AANTAL);
    }

    public static Waarde leeg(String sleutel, String label, Eenheid eenheid) {
        return new Waarde(sleutel, label, Optional.empty(), eenheid);
    }
}
