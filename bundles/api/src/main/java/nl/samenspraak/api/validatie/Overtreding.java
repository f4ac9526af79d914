package nl.samenspraak.api.validatie;

import java.util.Objects;

/**
 * One field that does not comply, with the reason in Dutch, fit to show to the person who filled it in.
 *
 * @param veld the field as the caller named it, e.g. {@code plafond} or {@code periode.tot}
 * @param reden why it does not comply
 */
public record Overtreding(String veld, String reden) {

    public Overtreding {
        Objects.requireNonNull(veld, "veld");
        Objects.requireNonNull(reden, "reden");
    }
}
