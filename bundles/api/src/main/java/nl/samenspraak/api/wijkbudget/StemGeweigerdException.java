package nl.samenspraak.api.wijkbudget;

import java.util.List;

import nl.samenspraak.api.validatie.DomeinException;
import nl.samenspraak.api.validatie.Overtreding;

/**
 * A ballot that is not accepted: an unknown voting code, a second ballot, a ballot outside the limits.
 * Nothing was stored.
 */
public class StemGeweigerdException extends DomeinException {

    private static final long serialVersionUID = 1L;

    public enum Waarom {
        ONBEKENDE_STEMCODE,
        AL_GESTEMD,
        BUITEN_DE_STEMPERIODE,
        ONGELDIG_STEMBILJET
    }

    private final Waarom waarom;

    public StemGeweigerdException(Waarom waarom, String reden) {
        super(aard(waarom), reden);
        this.waarom = waarom;
    }

    public Waarom waarom() {
        return waarom;
    }

    /** A code that is not of this round opens nothing; a second ballot or one out of time comes too late. */
    private static Aard aard(Waarom waarom) {
        return switch (waarom) {
            case ONBEKENDE_STEMCODE -> Aard.GEEN_TOEGANG;
            case AL_GESTEMD, BUITEN_DE_STEMPERIODE -> Aard.CONFLICT;
            case ONGELDIG_STEMBILJET -> Aard.GEWEIGERD;
        };
    }

    /** A ballot beyond its limits is about the plans chosen. */
    @Override
    public List<Overtreding> overtredingen() {
        return waarom == Waarom.ONGELDIG_STEMBILJET ? List.of(new Overtreding("plannen", getMessage())) : List.of();
    }
}
