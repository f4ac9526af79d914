package nl.samenspraak.api.initiatief;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone's part in an initiative.
 *
 * @param gebruiker the user's name
 * @param toegevoegdDoor who gave them the part
 */
public record Deelname(String gebruiker, Participatierol rol, String toegevoegdDoor, Instant toegevoegdOp) {

    public Deelname {
        Objects.requireNonNull(gebruiker, "gebruiker");
        Objects.requireNonNull(rol, "rol");
        Objects.requireNonNull(toegevoegdDoor, "toegevoegdDoor");
        Objects.requireNonNull(toegevoegdOp, "toegevoegdOp");
    }
}
