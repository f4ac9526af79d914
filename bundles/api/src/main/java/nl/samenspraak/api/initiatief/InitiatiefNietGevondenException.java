package nl.samenspraak.api.initiatief;

/**
 * The gemeente has no initiative (of the expected kind) with this id. Also what an initiative of another
 * gemeente, or another resident's application, looks like: its existence is not revealed.
 */
public class InitiatiefNietGevondenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InitiatiefNietGevondenException(String gemeente, String id) {
        super(gemeente + " heeft geen initiatief " + id);
    }
}
