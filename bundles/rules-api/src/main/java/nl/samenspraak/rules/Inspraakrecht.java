package nl.samenspraak.rules;

import java.util.Objects;

/**
 * Who may submit a zienswijze on a kind of draft decision.
 *
 * @param kring the circle of people allowed
 * @param minimumleeftijd minimum age in years (0 for none)
 * @param grondslag the article that says so
 */
public record Inspraakrecht(Kring kring, int minimumleeftijd, Reden grondslag) {

    public enum Kring {
        /** Residents (ingezetenen) of the gemeente. */
        INGEZETENEN,
        /** Residents plus businesses and organisations with an interest in the decision. */
        INGEZETENEN_EN_BELANGHEBBENDEN,
        /** Everyone (as in the uniforme openbare voorbereidingsprocedure, art. 3:15 Awb). */
        IEDEREEN
    }

    public Inspraakrecht {
        Objects.requireNonNull(kring, "kring");
        Objects.requireNonNull(grondslag, "grondslag");
        if (minimumleeftijd < 0) {
            throw new IllegalArgumentException("minimumleeftijd < 0");
        }
    }

    /** Whether someone with these characteristics may respond. */
    public boolean staatToe(Indiener indiener) {
        if (indiener.leeftijd() < minimumleeftijd) {
            return false;
        }
        return switch (kring) {
            case IEDEREEN -> true;
            case INGEZETENEN -> indiener.ingezetene();
            case INGEZETENEN_EN_BELANGHEBBENDEN -> indiener.ingezetene() || indiener.belanghebbende();
        };
    }

    /** What the platform knows of whoever submits a zienswijze. */
    public record Indiener(boolean ingezetene, boolean belanghebbende, int leeftijd) {
    }
}
