package nl.samenspraak.api.monitor;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The project leader's own view of a traject: the same eight statements the participants answer, and the
 * traject's typering. A later self-evaluation of the same traject replaces the earlier one.
 *
 * @param traject the participatietraject's id
 * @param door the project leader (not anonymous: it is their professional judgement)
 */
public record Zelfevaluatie(String traject, Map<Stelling, Oordeel> oordelen, Typering typering, String door, Instant op) {

    public Zelfevaluatie {
        Objects.requireNonNull(traject, "traject");
        Map<Stelling, Oordeel> kopie = new EnumMap<>(Stelling.class);
        kopie.putAll(oordelen);
        if (kopie.size() != Stelling.values().length || kopie.containsValue(null)) {
            throw new IllegalArgumentException("a self-evaluation answers every statement");
        }
        oordelen = Map.copyOf(kopie);
        Objects.requireNonNull(typering, "typering");
        Objects.requireNonNull(door, "door");
        Objects.requireNonNull(op, "op");
    }
}
