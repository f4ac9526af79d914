package nl.samenspraak.api.monitor;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The participants' answers to one statement beside the project leader's own.
 *
 * @param verdeling how many chose each answer, "weet niet" included; empty below the threshold
 * @param gemiddelde mean score 1–5 of those who did not answer "weet niet", to two decimals
 * @param eigenOordeel the project leader's answer in the self-evaluation
 * @param verschil the mean minus the project leader's score: negative when participants are less positive
 */
public record Stellingoverzicht(Stelling stelling, Map<Oordeel, Long> verdeling, Optional<BigDecimal> gemiddelde,
        Optional<Oordeel> eigenOordeel, Optional<BigDecimal> verschil) {

    public Stellingoverzicht {
        Objects.requireNonNull(stelling, "stelling");
        Map<Oordeel, Long> kopie = new EnumMap<>(Oordeel.class);
        kopie.putAll(verdeling);
        verdeling = kopie.isEmpty() ? Map.of() : Map.copyOf(kopie);
        Objects.requireNonNull(gemiddelde, "gemiddelde");
        Objects.requireNonNull(eigenOordeel, "eigenOordeel");
        Objects.requireNonNull(verschil, "verschil");
    }

    /** How many chose this answer (0 below the threshold). */
    public long aantal(Oordeel oordeel) {
        return verdeling.getOrDefault(oordeel, 0L);
    }
}
