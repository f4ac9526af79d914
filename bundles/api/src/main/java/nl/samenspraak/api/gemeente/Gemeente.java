package nl.samenspraak.api.gemeente;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A municipality served by the platform: one tenant, identified by its CBS code.
 */
public record Gemeente(String code, String naam, List<Wijk> wijken) {

    public Gemeente {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(naam, "naam");
        wijken = List.copyOf(wijken);
    }

    public Optional<Wijk> wijk(String wijkCode) {
        return wijken.stream().filter(w -> w.code().equals(wijkCode)).findFirst();
    }
}
