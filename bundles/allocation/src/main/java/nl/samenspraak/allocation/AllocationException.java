package nl.samenspraak.allocation;

/** The rule cannot be applied to this instance (e.g. Phragmén on ordinal ballots, a missing threshold). */
public class AllocationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AllocationException(String message) {
        super(message);
    }
}
