package nl.samenspraak.api.validatie;

import java.util.List;
import java.util.Objects;

/**
 * The base of every refusal of the domain services. Its {@link Aard} says what kind of refusal it is, so
 * that an interface (REST, the shell, the pages) can answer every refusal the same way without knowing each
 * exception. In every case nothing was stored.
 */
public abstract class DomeinException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The kinds of refusal, in the terms a caller acts on. */
    public enum Aard {
        /** The input does not comply; {@link #overtredingen()} names each field. */
        ONGELDIG,
        /** There is no such thing for this gemeente (also what another gemeente's looks like). */
        NIET_GEVONDEN,
        /** The caller may not do this with what it presented (an unknown voting code). */
        GEEN_TOEGANG,
        /** Not now: the state moved on, a phase or lifecycle does not allow it, or a ledger rule refuses it. */
        CONFLICT,
        /** The gemeente's rules refuse it; the reasons cite the articles, so it can be contested. */
        GEWEIGERD,
        /** The platform cannot decide now (no rules in force); nothing is decided on a default. */
        ONBESCHIKBAAR,
        /**
         * Too many failed attempts just now (guessing voting codes): try again after a wait; nothing was checked.
         *
         * @since 1.3
         */
        TE_VAAK
    }

    private final Aard aard;

    protected DomeinException(Aard aard, String melding) {
        super(melding);
        this.aard = Objects.requireNonNull(aard, "aard");
    }

    public Aard aard() {
        return aard;
    }

    /** The fields the refusal is about, each with its reason; empty when it concerns no field in particular. */
    public List<Overtreding> overtredingen() {
        return List.of();
    }
}
