package nl.samenspraak.allocation;

import nl.samenspraak.allocation.internal.Rules;

/**
 * Entry point: applies a rule to an instance. Plain Java, stateless and thread-safe.
 *
 * <pre>
 * Outcome outcome = AllocationEngine.allocate(instance, Rule.MES, Satisfaction.COST);
 * outcome.selectedIds();            // ["12", "3", "7"]
 * outcome.explanation().steps();    // per round: project, price per unit of satisfaction, who paid
 * </pre>
 */
public final class AllocationEngine {

    private AllocationEngine() {
    }

    /**
     * @param sat the satisfaction function, or null for the default of the vote type
     *            ({@link Satisfaction#defaultFor}); ignored by {@link Rule#PHRAGMEN}
     * @throws AllocationException when the rule or satisfaction does not apply to this instance
     */
    public static Outcome allocate(Instance instance, Rule rule, Satisfaction sat) {
        return Rules.allocate(instance, rule, sat);
    }

    /** Total satisfaction of the given projects under {@code sat} (e.g. to compare two optimal sets). */
    public static Fraction welfare(Instance instance, Satisfaction sat, java.util.Collection<String> projectIds) {
        return Rules.welfare(instance, sat, projectIds);
    }

    public static Outcome allocate(Instance instance, Rule rule) {
        return Rules.allocate(instance, rule, null);
    }
}
