package nl.samenspraak.api.mail;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A user's e-mail address and how often they want each kind of mail; a kind not chosen comes
 * {@link Frequentie#DIRECT}. Personal data: shown to nobody but the user.
 */
public record Mailadres(String gebruiker, String adres, Map<Mailsoort, Frequentie> voorkeuren) {

    public Mailadres {
        Objects.requireNonNull(gebruiker, "gebruiker");
        Objects.requireNonNull(adres, "adres");
        voorkeuren = voorkeuren.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(voorkeuren));
    }

    public Frequentie frequentie(Mailsoort soort) {
        return voorkeuren.getOrDefault(soort, Frequentie.DIRECT);
    }
}
