package nl.samenspraak.api.wijkbudget;

/**
 * A ballot that is not accepted: an unknown voting code, a second ballot, a ballot outside the limits.
 * Nothing was stored.
 */
public class StemGeweigerdException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Waarom {
        ONBEKENDE_STEMCODE,
        AL_GESTEMD,
        BUITEN_DE_STEMPERIODE,
        ONGELDIG_STEMBILJET
    }

    private final Waarom waarom;

    public StemGeweigerdException(Waarom waarom, String reden) {
        super(reden);
        this.waarom = waarom;
    }

    public Waarom waarom() {
        return waarom;
    }
}
