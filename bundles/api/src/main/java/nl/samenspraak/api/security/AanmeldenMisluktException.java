package nl.samenspraak.api.security;

/** Credentials that do not sign anybody in: malformed, or a wrong user name or password. */
public class AanmeldenMisluktException extends Exception {

    private static final long serialVersionUID = 1L;

    public AanmeldenMisluktException(String message) {
        super(message);
    }
}
