package nl.samenspraak.api.monitor;

import nl.samenspraak.api.validatie.DomeinException;

/** This participant already answered this questionnaire: one response each, which is final. */
public class AlBeantwoordException extends DomeinException {

    private static final long serialVersionUID = 1L;

    public AlBeantwoordException() {
        super(Aard.CONFLICT, "U heeft deze vragenlijst al ingevuld. U kunt hem maar één keer invullen.");
    }
}
