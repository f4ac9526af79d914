package nl.samenspraak.api.wijkbudget;

import nl.samenspraak.api.validatie.DomeinException;

/**
 * What was asked does not fit the round's current phase (a plan after the submission phase, a vote outside
 * the voting phase, changing a round once voting has begun). Nothing was stored.
 */
public class FaseException extends DomeinException {

    private static final long serialVersionUID = 1L;

    public FaseException(String reden) {
        super(Aard.CONFLICT, reden);
    }
}
