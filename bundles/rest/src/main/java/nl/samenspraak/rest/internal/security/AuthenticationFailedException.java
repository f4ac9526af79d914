package nl.samenspraak.rest.internal.security;

import java.time.Duration;
import java.util.Optional;

public class AuthenticationFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Duration wachttijd;

    public AuthenticationFailedException(String message) {
        this(message, null);
    }

    /** @param wachttijd how long the client must wait before it may try again (429), or {@code null} (401) */
    public AuthenticationFailedException(String message, Duration wachttijd) {
        super(message);
        this.wachttijd = wachttijd;
    }

    public Optional<Duration> wachttijd() {
        return Optional.ofNullable(wachttijd);
    }
}
