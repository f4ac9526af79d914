package nl.samenspraak.api.initiatief;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * How the gemeente takes part in a residents' initiative (overheidsparticipatie, the "third generation" of
 * participation: residents lead, the gemeente joins), as the resident reads it on their initiative's page.
 *
 * @param initiatief the initiative's id
 * @param rol the part the gemeente plays
 * @param bijdragen what it brings, at least one
 * @param toelichting what that means for this initiative, in plain Dutch (an amount, the room, the advice)
 * @param contactpersoon who the residents turn to at the gemeente
 * @param contact how to reach them (a work e-mail address or telephone number)
 * @param vastgelegdDoor the civil servant who recorded it
 * @since 2.2
 */
public record Overheidsparticipatie(String initiatief, Rol rol, Set<Bijdrage> bijdragen, String toelichting,
        String contactpersoon, String contact, String vastgelegdDoor, Instant vastgelegdOp) {

    /** The part the gemeente plays, from most to least involved. */
    public enum Rol {
        /** Shares responsibility for the initiative and sits at the table. */
        PARTNER,
        /** Advises: knows the way in the gemeente, its rules and permits. */
        ADVISEUR,
        /** Supports what the residents do, without a say in it. */
        ONDERSTEUNER
    }

    /** What the gemeente brings in. */
    public enum Bijdrage {
        GELD,
        ADVIES,
        PROCESBEGELEIDING,
        /** A place: a municipal room, a square, a plot. */
        PLEK,
        MATERIALEN
    }

    public Overheidsparticipatie {
        Objects.requireNonNull(initiatief, "initiatief");
        Objects.requireNonNull(rol, "rol");
        bijdragen = Set.copyOf(bijdragen);
        Objects.requireNonNull(toelichting, "toelichting");
        Objects.requireNonNull(contactpersoon, "contactpersoon");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(vastgelegdDoor, "vastgelegdDoor");
        Objects.requireNonNull(vastgelegdOp, "vastgelegdOp");
    }
}
