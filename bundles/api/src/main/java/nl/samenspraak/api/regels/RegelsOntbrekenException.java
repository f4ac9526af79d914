package nl.samenspraak.api.regels;

import nl.samenspraak.api.validatie.DomeinException;

/**
 * No rules of the gemeente are in force for what is asked on the date that counts: the platform fails closed
 * and decides nothing, rather than fall back on a default.
 */
public class RegelsOntbrekenException extends DomeinException {

    private static final long serialVersionUID = 1L;

    public RegelsOntbrekenException(String wat) {
        super(Aard.ONBESCHIKBAAR, wat);
    }
}
