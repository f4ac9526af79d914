package nl.samenspraak.api.gemeente;

import java.util.Objects;

/**
 * A district of a gemeente, identified by its CBS wijk code.
 */
public record Wijk(String code, String naam) {

    public Wijk {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(naam, "naam");
    }
}
