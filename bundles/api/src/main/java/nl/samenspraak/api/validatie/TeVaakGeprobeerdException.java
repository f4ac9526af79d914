package nl.samenspraak.api.validatie;

import java.time.Duration;

/**
 * Too many failed attempts from this client or at this thing just now (wrong voting codes): refused without being
 * checked. The wait ends by itself; it grows with further failures up to a maximum.
 *
 * @since 1.3
 */
public class TeVaakGeprobeerdException extends DomeinException {

    private static final long serialVersionUID = 1L;

    private final Duration wachttijd;

    public TeVaakGeprobeerdException(String wat, Duration wachttijd) {
        super(Aard.TE_VAAK, wat + "; probeer het over " + seconden(wachttijd) + " seconden opnieuw");
        this.wachttijd = wachttijd;
    }

    public Duration wachttijd() {
        return wachttijd;
    }

    /** The wait in whole seconds, rounded up, at least 1: what a Retry-After header says. */
    public static long seconden(Duration wachttijd) {
        return Math.max(1, (wachttijd.toMillis() + 999) / 1000);
    }
}
