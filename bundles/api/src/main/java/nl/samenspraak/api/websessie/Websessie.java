package nl.samenspraak.api.websessie;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import nl.samenspraak.api.security.Gebruiker;

/**
 * A browser's session on the pages as every node sees it: the key it is stored under (a hash of the cookie,
 * never the cookie itself), the token every changing form sends back, who is signed in (if anyone), when it
 * began and when it was last used.
 */
public record Websessie(String sleutel, String csrf, Optional<Gebruiker> gebruiker, Instant begonnen, Instant laatstGebruikt) {

    public Websessie {
        Objects.requireNonNull(sleutel, "sleutel");
        Objects.requireNonNull(csrf, "csrf");
        Objects.requireNonNull(gebruiker, "gebruiker");
        Objects.requireNonNull(begonnen, "begonnen");
        Objects.requireNonNull(laatstGebruikt, "laatstGebruikt");
    }
}
