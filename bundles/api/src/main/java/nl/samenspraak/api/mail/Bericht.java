package nl.samenspraak.api.mail;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A message in the outbox.
 *
 * @param pogingen the attempts made so far
 * @param volgendePoging when it may be (re)tried
 * @param laatsteFout why the last attempt failed, while it has not gone out
 */
public record Bericht(String id, String gemeente, Mailsoort soort, Optional<String> gebruiker, Optional<String> adres,
        String onderwerp, Map<String, String> gegevens, Berichtstatus status, int pogingen, Instant volgendePoging,
        Optional<String> laatsteFout, Instant aangemaaktOp, Optional<Instant> verzondenOp) {

    public Bericht {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(gebruiker, "gebruiker");
        Objects.requireNonNull(adres, "adres");
        Objects.requireNonNull(onderwerp, "onderwerp");
        gegevens = Map.copyOf(gegevens);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(volgendePoging, "volgendePoging");
        Objects.requireNonNull(laatsteFout, "laatsteFout");
        Objects.requireNonNull(aangemaaktOp, "aangemaaktOp");
        Objects.requireNonNull(verzondenOp, "verzondenOp");
    }

    /** Still to go out, and the last attempt failed. */
    public boolean faalt() {
        return status == Berichtstatus.WACHTEND && laatsteFout.isPresent();
    }
}
