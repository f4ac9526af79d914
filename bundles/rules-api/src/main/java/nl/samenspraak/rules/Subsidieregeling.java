package nl.samenspraak.rules;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One subsidy scheme (subsidieregeling) of a gemeente, e.g. for bewonersinitiatieven.
 */
@ConsumerType
public interface Subsidieregeling extends Regels {

    /** Service property naming the scheme, see {@link #regeling()}. */
    String REGELING = "regeling";

    /** Stable key of the scheme within the gemeente, e.g. {@code bewonersinitiatief}. */
    String regeling();

    /** The scheme's published facts: maxima, lead time, required support, decision term. */
    Regelingsfeiten feiten();

    /**
     * Judges an application by this scheme. Every reason cites its article; a refusal lists every unmet
     * condition, not just the first.
     */
    Beoordeling beoordeel(Subsidieaanvraag aanvraag);
}
