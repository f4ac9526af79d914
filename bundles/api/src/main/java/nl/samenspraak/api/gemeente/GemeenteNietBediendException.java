package nl.samenspraak.api.gemeente;

import nl.samenspraak.api.validatie.DomeinException;

/**
 * The platform serves no gemeente with this code right now, so its budgets cannot be read or changed.
 */
public class GemeenteNietBediendException extends DomeinException {

    private static final long serialVersionUID = 1L;

    private final String gemeente;

    public GemeenteNietBediendException(String gemeente) {
        super(Aard.NIET_GEVONDEN, "Het platform bedient geen gemeente met code '" + gemeente + "'");
        this.gemeente = gemeente;
    }

    public String gemeente() {
        return gemeente;
    }
}
