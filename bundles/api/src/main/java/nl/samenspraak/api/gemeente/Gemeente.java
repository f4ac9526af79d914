package nl.samenspraak.api.gemeente;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A municipality served by the platform: one tenant, identified by its CBS code.
 *
 * @param regels whose rules bundles decide for this gemeente: its own code, or {@code model} when it has
 *        adopted the model rules through its configuration
 * @param huisstijl how its pages look
 */
public record Gemeente(String code, String naam, List<Wijk> wijken, String regels, Huisstijl huisstijl) {

    public Gemeente {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(regels, "regels");
        Objects.requireNonNull(huisstijl, "huisstijl");
        wijken = List.copyOf(wijken);
    }

    /** A gemeente in the platform's standard look. */
    public Gemeente(String code, String naam, List<Wijk> wijken, String regels) {
        this(code, naam, wijken, regels, Huisstijl.STANDAARD);
    }

    /** The name residents know it by: the huisstijl's name, else the official name. */
    public String getoondeNaam() {
        return huisstijl.naam().orElse(naam);
    }

    /** A gemeente decided by its own rules bundles. */
    public Gemeente(String code, String naam, List<Wijk> wijken) {
        this(code, naam, wijken, code);
    }

    public Optional<Wijk> wijk(String wijkCode) {
        return wijken.stream().filter(w -> w.code().equals(wijkCode)).findFirst();
    }
}
