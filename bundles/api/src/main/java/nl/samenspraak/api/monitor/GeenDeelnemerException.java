package nl.samenspraak.api.monitor;

import nl.samenspraak.api.validatie.DomeinException;

/** Who answers did not take part in what the questionnaire is about (or the receipt is not of this round). */
public class GeenDeelnemerException extends DomeinException {

    private static final long serialVersionUID = 1L;

    public GeenDeelnemerException(String melding) {
        super(Aard.GEEN_TOEGANG, melding);
    }
}
