package nl.samenspraak.api.gemeente;

import java.util.Objects;
import java.util.Optional;

/**
 * How a gemeente's pages look: its own style sheet (on top of the platform's NL Design System components),
 * its logo, and the name residents know it by. Each is optional; without them the pages use the neutral
 * Voorbeeld theme and the gemeente's official name.
 *
 * @param css an {@code https:} URL or a path on this server of a style sheet setting the gemeente's
 *        design tokens (NL Design System custom properties)
 * @param logo an {@code https:} URL or a path on this server of the logo shown in the page header
 * @param naam the name shown, e.g. {@code Gemeente Den Haag} for 's-Gravenhage
 */
public record Huisstijl(Optional<String> css, Optional<String> logo, Optional<String> naam) {

    public static final Huisstijl STANDAARD = new Huisstijl(Optional.empty(), Optional.empty(), Optional.empty());

    public Huisstijl {
        Objects.requireNonNull(css, "css");
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(naam, "naam");
    }

    /** True for an {@code https:} URL or an absolute path on this server: what a style sheet or logo may be. */
    public static boolean isAdres(String adres) {
        return adres.startsWith("https://") && adres.length() > "https://".length()
                || adres.startsWith("/") && !adres.startsWith("//");
    }
}
