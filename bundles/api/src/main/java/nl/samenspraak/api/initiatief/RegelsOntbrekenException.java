package nl.samenspraak.api.initiatief;

/**
 * No rules of the gemeente are in force for what is asked on the date that counts: the platform fails closed
 * and decides nothing, rather than fall back on a default.
 */
public class RegelsOntbrekenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegelsOntbrekenException(String wat) {
        super(wat);
    }
}
