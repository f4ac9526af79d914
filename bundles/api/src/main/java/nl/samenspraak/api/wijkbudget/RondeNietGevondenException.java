package nl.samenspraak.api.wijkbudget;

/** The gemeente has no such round (or plan in it); also what another gemeente's round looks like. */
public class RondeNietGevondenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RondeNietGevondenException(String gemeente, String id) {
        super(gemeente + " heeft geen wijkbudgetronde " + id);
    }
}
