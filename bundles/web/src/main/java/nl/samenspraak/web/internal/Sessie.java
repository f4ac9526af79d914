package nl.samenspraak.web.internal;

import java.util.Optional;

import nl.samenspraak.api.security.Gebruiker;

/**
 * One browser's session: who is signed in (if anyone) and the token every changing form must send back.
 * Times are from a monotonic clock in nanoseconds.
 */
final class Sessie {

    private final String id;
    private final String csrf;
    private final Gebruiker gebruiker;
    private final long begonnen;
    private volatile long laatstGebruikt;

    Sessie(String id, String csrf, Gebruiker gebruiker, long nu) {
        this.id = id;
        this.csrf = csrf;
        this.gebruiker = gebruiker;
        this.begonnen = nu;
        this.laatstGebruikt = nu;
    }

    String id() {
        return id;
    }

    String csrf() {
        return csrf;
    }

    Optional<Gebruiker> gebruiker() {
        return Optional.ofNullable(gebruiker);
    }

    long begonnen() {
        return begonnen;
    }

    long laatstGebruikt() {
        return laatstGebruikt;
    }

    void gebruikt(long nu) {
        laatstGebruikt = nu;
    }
}
