package nl.samenspraak.api.mail;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to put in the outbox: what happened ({@code soort} with its {@code gegevens}, which the templates
 * show) and to whom. The recipient is a user, whose address and wishes are looked up when the message is sent
 * (so a removed address is never mailed), or an address given for this one message (a vote receipt), or
 * neither: then it goes to the gemeente's civil servants.
 *
 * @param onderwerp the id of what it is about (an initiative, a round), for the shell and the links
 */
public record NieuwBericht(String gemeente, Mailsoort soort, Optional<String> gebruiker, Optional<String> adres,
        String onderwerp, Map<String, String> gegevens) {

    public NieuwBericht {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(gebruiker, "gebruiker");
        Objects.requireNonNull(adres, "adres");
        Objects.requireNonNull(onderwerp, "onderwerp");
        gegevens = Map.copyOf(gegevens);
        if (gebruiker.isPresent() && adres.isPresent()) {
            throw new IllegalArgumentException("a message goes to a user or to an address, not both");
        }
    }

    /** To a user, whose address is looked up when it is sent. */
    public static NieuwBericht aan(String gebruiker, String gemeente, Mailsoort soort, String onderwerp,
            Map<String, String> gegevens) {
        return new NieuwBericht(gemeente, soort, Optional.of(gebruiker), Optional.empty(), onderwerp, gegevens);
    }

    /** To the gemeente's civil servants (the address in its configuration). */
    public static NieuwBericht aanAmbtenaren(String gemeente, Mailsoort soort, String onderwerp, Map<String, String> gegevens) {
        return new NieuwBericht(gemeente, soort, Optional.empty(), Optional.empty(), onderwerp, gegevens);
    }
}
