package nl.samenspraak.api.budget;

import nl.samenspraak.api.validatie.DomeinException;

/**
 * A booking the ledger rules refuse (see {@link Saldo}); nothing was booked. Carries the most that this kind
 * of entry could have been at that moment.
 */
public class BoekingGeweigerdException extends DomeinException {

    private static final long serialVersionUID = 1L;

    private final BoekingSoort soort;
    private final Bedrag gevraagd;
    private final Bedrag ruimte;

    public BoekingGeweigerdException(BoekingSoort soort, Bedrag gevraagd, Bedrag ruimte, String melding) {
        super(Aard.CONFLICT, melding);
        this.soort = soort;
        this.gevraagd = gevraagd;
        this.ruimte = ruimte;
    }

    public BoekingSoort soort() {
        return soort;
    }

    public Bedrag gevraagd() {
        return gevraagd;
    }

    /** The largest amount of this kind the budget allowed when the booking was refused. */
    public Bedrag ruimte() {
        return ruimte;
    }
}
