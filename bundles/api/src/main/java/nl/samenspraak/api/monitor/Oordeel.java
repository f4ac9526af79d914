package nl.samenspraak.api.monitor;

import java.util.Locale;
import java.util.OptionalInt;

/** An answer to a {@link Stelling}: a five-point scale, or "weet niet", which counts in no mean. */
public enum Oordeel {
    HELEMAAL_ONEENS(1, "Helemaal oneens"),
    ONEENS(2, "Oneens"),
    NEUTRAAL(3, "Niet eens, niet oneens"),
    EENS(4, "Eens"),
    HELEMAAL_EENS(5, "Helemaal eens"),
    WEET_NIET(0, "Weet niet");

    private final int score;
    private final String tekst;

    Oordeel(int score, String tekst) {
        this.score = score;
        this.tekst = tekst;
    }

    /** 1 (helemaal oneens) to 5 (helemaal eens); empty for "weet niet". */
    public OptionalInt score() {
        return score == 0 ? OptionalInt.empty() : OptionalInt.of(score);
    }

    public String tekst() {
        return tekst;
    }

    public String sleutel() {
        return name().toLowerCase(Locale.ROOT);
    }
}
