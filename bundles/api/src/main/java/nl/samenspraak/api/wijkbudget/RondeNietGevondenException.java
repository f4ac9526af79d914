package nl.samenspraak.api.wijkbudget;

import nl.samenspraak.api.validatie.DomeinException;

/** The gemeente has no such round (or plan in it); also what another gemeente's round looks like. */
public class RondeNietGevondenException extends DomeinException {

    private static final long serialVersionUID = 1L;

    public RondeNietGevondenException(String gemeente, String id) {
        super(Aard.NIET_GEVONDEN, gemeente + " heeft geen wijkbudgetronde " + id);
    }
}
