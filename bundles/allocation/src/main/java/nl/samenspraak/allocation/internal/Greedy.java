package nl.samenspraak.allocation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.samenspraak.allocation.Explanation.StepKind;
import nl.samenspraak.allocation.Fraction;

/**
 * Greedy utilitarian welfare (pabutools {@code greedy_utilitarian_welfare}, additive case): projects by
 * total satisfaction per unit of cost, highest first, ties by id; a project with positive satisfaction
 * and cost 0 comes first, one with no satisfaction last. Each project that fits is taken; with
 * {@code stopAtFirstMisfit} the rule stops instead of skipping.
 */
final class Greedy {

    private Greedy() {
    }

    static List<Integer> run(Election e, Collection<Integer> alreadySelected, Set<Integer> excluded,
            boolean stopAtFirstMisfit, Steps steps) {
        Set<Integer> selected = new HashSet<>(alreadySelected);
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < e.projectCount(); p++) {
            if (!selected.contains(p)) {
                order.add(p);
            }
        }
        order.sort((a, b) -> {
            int byDensity = compareDensity(e, b, a);
            return byDensity != 0 ? byDensity : Integer.compare(a, b);
        });
        Fraction remaining = e.budget.subtract(e.costOf(alreadySelected));
        List<Integer> result = new ArrayList<>(alreadySelected);
        int rank = 0;
        for (int p : order) {
            rank++;
            String density = densityText(e, p);
            if (excluded.contains(p)) {
                steps.add(StepKind.SKIPPED, e.ids[p], "Rank " + rank + ": " + e.ids[p]
                        + " is not eligible (its score is below the threshold).", "rank", rank);
                continue;
            }
            if (e.cost[p].compareTo(remaining) <= 0) {
                remaining = remaining.subtract(e.cost[p]);
                result.add(p);
                steps.add(StepKind.SELECTED, e.ids[p], "Rank " + rank + ": " + e.ids[p] + " (cost "
                        + Steps.money(e.cost[p]) + ", satisfaction per unit of cost " + density
                        + ") fits and is funded; " + Steps.money(remaining) + " remains.",
                        "rank", rank, "cost", e.cost[p], "totalSatisfaction", e.totalSatisfaction[p],
                        "remainingBudget", remaining);
            } else if (stopAtFirstMisfit) {
                steps.add(StepKind.STOPPED, e.ids[p], "Rank " + rank + ": " + e.ids[p] + " costs "
                        + Steps.money(e.cost[p]) + " but only " + Steps.money(remaining)
                        + " remains; the rule stops here.", "rank", rank, "cost", e.cost[p], "remainingBudget", remaining);
                break;
            } else {
                steps.add(StepKind.SKIPPED, e.ids[p], "Rank " + rank + ": " + e.ids[p] + " costs "
                        + Steps.money(e.cost[p]) + " but only " + Steps.money(remaining)
                        + " remains, so it is skipped.", "rank", rank, "cost", e.cost[p], "remainingBudget", remaining);
            }
        }
        return result;
    }

    /** Compares satisfaction per unit of cost; "infinite" for cost 0 with positive satisfaction, 0 without satisfaction. */
    static int compareDensity(Election e, int a, int b) {
        int classA = densityClass(e, a);
        int classB = densityClass(e, b);
        if (classA != classB || classA != 1) {
            return Integer.compare(classA, classB);
        }
        // total_a / cost_a vs total_b / cost_b with positive costs
        return e.totalSatisfaction[a].multiply(e.cost[b]).compareTo(e.totalSatisfaction[b].multiply(e.cost[a]));
    }

    /** 0: no satisfaction, 1: finite positive density, 2: cost 0 with positive satisfaction. */
    private static int densityClass(Election e, int p) {
        if (e.totalSatisfaction[p].signum() <= 0) {
            return 0;
        }
        return e.cost[p].signum() == 0 ? 2 : 1;
    }

    private static String densityText(Election e, int p) {
        switch (densityClass(e, p)) {
            case 0:
                return "0";
            case 2:
                return "unbounded (free project)";
            default:
                return e.totalSatisfaction[p].divide(e.cost[p]).toDecimalString(8);
        }
    }
}
