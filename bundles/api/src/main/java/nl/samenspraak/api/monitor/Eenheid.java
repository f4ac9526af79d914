package nl.samenspraak.api.monitor;

import java.util.Locale;

/** What the number of a {@link Waarde} counts. */
public enum Eenheid {
    AANTAL,
    /** A share, 0 to 100. */
    PROCENT,
    DAGEN,
    /** An amount in euros, exact to the cent. */
    EURO,
    /** A rapportcijfer, 1 to 10. */
    CIJFER,
    /** A score on the five-point scale, or a difference between two. */
    SCORE;

    public String sleutel() {
        return name().toLowerCase(Locale.ROOT);
    }
}
