package nl.samenspraak.api.budget;

/**
 * A reservation or grant beyond what remains of the budget (the subsidieplafond); nothing was booked.
 */
public class PlafondOverschredenException extends BoekingGeweigerdException {

    private static final long serialVersionUID = 1L;

    public PlafondOverschredenException(BoekingSoort soort, Bedrag gevraagd, Bedrag beschikbaar) {
        super(soort, gevraagd, beschikbaar, "Het plafond van dit budget laat nog " + beschikbaar
                + " euro toe; gevraagd is " + gevraagd + " euro");
    }

    /** What remained available when the booking was refused. */
    public Bedrag beschikbaar() {
        return ruimte();
    }
}
