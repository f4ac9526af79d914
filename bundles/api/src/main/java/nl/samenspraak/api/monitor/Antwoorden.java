package nl.samenspraak.api.monitor;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One participant's answers to a questionnaire. Nothing in it says who gave them.
 *
 * @param oordelen an answer to each of the eight statements
 * @param cijferProces the rapportcijfer for the process, 1 to 10
 * @param cijferResultaat the rapportcijfer for the result, 1 to 10
 * @param goed what went well (may be empty)
 * @param beter what could be better (may be empty)
 */
public record Antwoorden(Map<Stelling, Oordeel> oordelen, int cijferProces, int cijferResultaat, Nogmaals nogmaals,
        String goed, String beter) {

    /** The longest open answer stored. */
    public static final int MAX_TEKST = 2000;

    public Antwoorden {
        Map<Stelling, Oordeel> kopie = new EnumMap<>(Stelling.class);
        kopie.putAll(oordelen);
        if (kopie.size() != Stelling.values().length || kopie.containsValue(null)) {
            throw new IllegalArgumentException("an answer to every statement is required");
        }
        oordelen = Map.copyOf(kopie);
        if (!isCijfer(cijferProces) || !isCijfer(cijferResultaat)) {
            throw new IllegalArgumentException("a rapportcijfer lies between 1 and 10");
        }
        Objects.requireNonNull(nogmaals, "nogmaals");
        Objects.requireNonNull(goed, "goed");
        Objects.requireNonNull(beter, "beter");
    }

    public static boolean isCijfer(int cijfer) {
        return cijfer >= 1 && cijfer <= 10;
    }

    public Oordeel oordeel(Stelling stelling) {
        return oordelen.get(stelling);
    }
}
