package nl.samenspraak.allocation;

import java.util.List;
import java.util.Objects;

/** Why the outcome is what it is: a summary and the steps of the rule, in order, for residents to read. */
public record Explanation(String summary, List<Step> steps) {

    public Explanation {
        Objects.requireNonNull(summary, "summary");
        steps = List.copyOf(steps);
    }

    public enum StepKind {
        /** The project was funded. */
        SELECTED,
        /** The project was passed over (does not fit, below threshold, nobody can afford it). */
        SKIPPED,
        /** The rule stopped here. */
        STOPPED,
        /** Context that is not about one project (e.g. a new MES round with a higher voter budget). */
        NOTE
    }

    /**
     * One step. {@code projectId} is null for notes; {@code details} carries the exact figures behind
     * the text (e.g. {@code pricePerSatisfaction}, {@code payers}), values as exact fractions or decimals.
     */
    public record Step(StepKind kind, String projectId, String text, java.util.Map<String, String> details) {
        public Step {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
                    details == null ? java.util.Map.of() : details));
        }
    }
}
