package nl.samenspraak.api.security;

import java.time.Duration;

/**
 * Too many failed sign-ins for this user name or from this address: try again after {@link #wachttijd()}. The
 * password was not checked. The wait grows with each further failure up to a maximum and ends by itself:
 * nobody can lock another user out for good.
 *
 * @since 1.3
 */
public class TeVeelPogingenException extends AanmeldenMisluktException {

    private static final long serialVersionUID = 1L;

    private final Duration wachttijd;

    public TeVeelPogingenException(Duration wachttijd) {
        super("Te veel mislukte pogingen; probeer het over " + Math.max(1, (wachttijd.toMillis() + 999) / 1000)
                + " seconden opnieuw");
        this.wachttijd = wachttijd;
    }

    public Duration wachttijd() {
        return wachttijd;
    }
}
