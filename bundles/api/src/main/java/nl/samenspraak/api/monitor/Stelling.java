package nl.samenspraak.api.monitor;

import java.util.Locale;

/**
 * The eight statements of every questionnaire and of the project leader's self-evaluation, in the order asked.
 * Their texts are in plain Dutch (B1) and stable: changing one would make answers of before and after
 * incomparable.
 */
public enum Stelling {
    KADER("Het was vooraf duidelijk waarover ik kon meepraten en waarover niet."),
    AANSPREEKPUNT("Ik wist wie bij de gemeente verantwoordelijk was."),
    INFORMATIE("Ik kreeg op tijd de informatie die ik nodig had."),
    INVLOED("Ik kon meedoen toen er nog iets te kiezen was."),
    SERIEUS("Mijn inbreng werd serieus genomen."),
    TERUGKOPPELING("De gemeente vertelde wat zij met de inbreng deed, en waarom."),
    AFSPIEGELING("De deelnemers waren een goede afspiegeling van de mensen om wie het ging."),
    VERLOOP("Het ging zoals de gemeente vooraf had gezegd.");

    private final String tekst;

    Stelling(String tekst) {
        this.tekst = tekst;
    }

    public String tekst() {
        return tekst;
    }

    /** The key used in the API and in forms, e.g. {@code kader}. */
    public String sleutel() {
        return name().toLowerCase(Locale.ROOT);
    }
}
