package nl.samenspraak.api.monitor;

import nl.samenspraak.api.validatie.DomeinException;

/**
 * The gemeente has no questionnaire with this id (yet): its occasion has not happened, or it belongs to another
 * gemeente.
 */
public class VragenlijstNietGevondenException extends DomeinException {

    private static final long serialVersionUID = 1L;

    public VragenlijstNietGevondenException(String gemeente, String id) {
        super(Aard.NIET_GEVONDEN, gemeente + " heeft geen vragenlijst " + id);
    }
}
