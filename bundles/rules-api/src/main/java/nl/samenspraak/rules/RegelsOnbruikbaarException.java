package nl.samenspraak.rules;

import java.util.Objects;

/**
 * Thrown by the platform, never by rules: the rules in force for a gemeente did not give a usable answer
 * (they threw, answered nonsense such as {@code null}, or did not answer in time). Only the request of that
 * gemeente fails; the platform and every other gemeente go on.
 */
public class RegelsOnbruikbaarException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String gemeente;
    private final String bundel;
    private final String bundelversie;

    public RegelsOnbruikbaarException(String gemeente, String bundel, String bundelversie, String waarom, Throwable oorzaak) {
        super("De regels voor " + gemeente + " uit " + bundel + " " + bundelversie + " gaven geen bruikbaar antwoord: " + waarom,
                oorzaak);
        this.gemeente = Objects.requireNonNull(gemeente, "gemeente");
        this.bundel = Objects.requireNonNull(bundel, "bundel");
        this.bundelversie = Objects.requireNonNull(bundelversie, "bundelversie");
    }

    public String gemeente() {
        return gemeente;
    }

    public String bundel() {
        return bundel;
    }

    public String bundelversie() {
        return bundelversie;
    }
}
