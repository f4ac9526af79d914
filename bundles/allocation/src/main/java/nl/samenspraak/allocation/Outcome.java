package nl.samenspraak.allocation;

import java.util.List;
import java.util.Objects;

/**
 * The result of one rule on one instance. {@code selectedIds} is in code-point order of the id;
 * {@code welfare} is the total satisfaction of the selection under {@code satisfaction} (null for
 * Phragmén, which has none).
 */
public record Outcome(Rule rule, Satisfaction satisfaction, List<String> selectedIds, Fraction totalCost,
        Fraction budget, Fraction welfare, Explanation explanation) {

    public Outcome {
        Objects.requireNonNull(rule, "rule");
        selectedIds = List.copyOf(selectedIds);
        Objects.requireNonNull(totalCost, "totalCost");
        Objects.requireNonNull(explanation, "explanation");
    }
}
