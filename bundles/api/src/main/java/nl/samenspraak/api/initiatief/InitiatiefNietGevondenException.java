package nl.samenspraak.api.initiatief;

import nl.samenspraak.api.validatie.DomeinException;

/**
 * The gemeente has no initiative (of the expected kind) with this id. Also what an initiative of another
 * gemeente, or another resident's application, looks like: its existence is not revealed.
 */
public class InitiatiefNietGevondenException extends DomeinException {

    private static final long serialVersionUID = 1L;

    public InitiatiefNietGevondenException(String gemeente, String id) {
        super(Aard.NIET_GEVONDEN, gemeente + " heeft geen initiatief " + id);
    }
}
