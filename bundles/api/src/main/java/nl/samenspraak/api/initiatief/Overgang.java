package nl.samenspraak.api.initiatief;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded change of state of an initiative: who moved it, when and why. Never changed or removed.
 *
 * @param volgnummer 1 for the creation, then one more per change
 * @param van the state before, empty for the creation
 */
public record Overgang(long volgnummer, Optional<Status> van, Status naar, String door, Instant op, String toelichting) {

    public Overgang {
        Objects.requireNonNull(van, "van");
        Objects.requireNonNull(naar, "naar");
        Objects.requireNonNull(door, "door");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(toelichting, "toelichting");
    }
}
