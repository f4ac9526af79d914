package nl.samenspraak.allocation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A project on the ballot. The cost is kept exactly as written ({@code 1331751.11}); {@code attributes}
 * holds the other columns of a Pabulib file (votes, score, category, ...) in file order.
 */
public record Project(String id, BigDecimal cost, String name, Map<String, String> attributes) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cost, "cost");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("project id is empty");
        }
        if (cost.signum() < 0) {
            throw new IllegalArgumentException("project " + id + " has a negative cost " + cost);
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes == null ? Map.of() : attributes));
    }

    public Project(String id, BigDecimal cost, String name) {
        this(id, cost, name, Map.of());
    }

    public Project(String id, String cost) {
        this(id, new BigDecimal(cost), null, Map.of());
    }
}
