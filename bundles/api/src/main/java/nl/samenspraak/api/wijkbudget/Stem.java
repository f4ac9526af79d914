package nl.samenspraak.api.wijkbudget;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A ballot as stored: under the voter's pseudonymous key only, never beside the resident's identity.
 *
 * @param stemmer the pseudonymous voter key (a keyed hash of the voting code), also the ballot's receipt
 * @param plannen the plans approved, in the order given
 * @param punten points per plan, for a ballot that spreads points (empty otherwise)
 * @param papier whether it was cast on paper and imported by a civil servant
 */
public record Stem(String stemmer, List<String> plannen, Map<String, Integer> punten, boolean papier, Instant ontvangenOp) {

    public Stem {
        Objects.requireNonNull(stemmer, "stemmer");
        plannen = List.copyOf(plannen);
        punten = Map.copyOf(punten);
        Objects.requireNonNull(ontvangenOp, "ontvangenOp");
    }
}
