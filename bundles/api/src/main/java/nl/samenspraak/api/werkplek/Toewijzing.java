package nl.samenspraak.api.werkplek;

import java.time.Instant;
import java.util.Objects;

/**
 * Who takes care of an item of the werkvoorraad, and who said so when.
 *
 * @param zaak the id of the initiative (or other item) it concerns
 * @param aan the user name of the civil servant who takes care of it
 * @param door the user who assigned it
 * @param op when it was assigned
 */
public record Toewijzing(String zaak, String aan, String door, Instant op) {

    public Toewijzing {
        Objects.requireNonNull(zaak, "zaak");
        Objects.requireNonNull(aan, "aan");
        Objects.requireNonNull(door, "door");
        Objects.requireNonNull(op, "op");
    }
}
