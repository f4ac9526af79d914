package nl.samenspraak.allocation.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

import nl.samenspraak.allocation.Explanation.StepKind;
import nl.samenspraak.allocation.Fraction;

/**
 * Sequential Phragmén for approval ballots, matching pabutools' {@code sequential_phragmen}.
 * <p>
 * Voters carry a load (money spent on their behalf), starting at 0. Buying project p spreads its cost
 * over its supporters so they all end at the same load (their current loads + cost) / supporters; the
 * project reaching the lowest such load is bought next (ties by id). Projects costing more than the
 * whole budget never take part, and projects nobody approves come last. The rule stops, and does not
 * skip, as soon as one of the projects tied for the lowest load no longer fits in the budget.
 * <p>
 * A voter's load is always one of the loads reached in an earlier round, so a project's load sum is
 * computed from counts per round; and loads only grow, so the same lazy evaluation as in MES applies.
 */
final class Phragmen {

    private Phragmen() {
    }

    static List<Integer> run(Election e, Steps steps) {
        int m = e.projectCount();
        boolean[] alive = new boolean[m];
        boolean[] dirty = new boolean[m];
        Fraction[] lastLoad = new Fraction[m]; // null means "infinite" (nobody approves the project)
        for (int p = 0; p < m; p++) {
            if (e.cost[p].compareTo(e.budget) <= 0) {
                alive[p] = true;
                dirty[p] = e.approvalCount[p] > 0;
                lastLoad[p] = e.approvalCount[p] > 0 ? e.cost[p].divide(e.approvalCount[p]) : null;
            }
        }
        // Load level k is levelNumerator[k] / levelDenominator, one common denominator for all levels,
        // so that a load sum is integer multiply-adds with a single reduction at the end.
        List<BigInteger> levelNumerator = new ArrayList<>();
        levelNumerator.add(BigInteger.ZERO);
        BigInteger levelDenominator = BigInteger.ONE;
        for (int p = 0; p < m; p++) {
            BigInteger costDenominator = e.cost[p].denominator();
            levelDenominator = levelDenominator.multiply(costDenominator.divide(costDenominator.gcd(levelDenominator)));
        }
        int[] groupLevel = new int[e.groupCount()];
        long[] perLevel = new long[8];

        List<Integer> selected = new ArrayList<>();
        Fraction spent = Fraction.ZERO;
        // The alive projects by (last known load, index). A last known load is a lower bound of the current
        // one, so a round takes projects off the top in the order a full sort would list them, brings the
        // stale ones up to date, and stops at the first whose last known load exceeds the best found; those
        // taken off go back (but the one bought) with their new loads.
        PriorityQueue<Integer> queue = new PriorityQueue<>(Math.max(1, m), new ByFractionThenIndex(lastLoad));
        for (int p = 0; p < m; p++) {
            if (alive[p]) {
                queue.add(p);
            }
        }
        List<Integer> taken = new ArrayList<>();
        while (true) {
            if (queue.isEmpty()) {
                break;
            }
            taken.clear();
            boolean bestSet = false;
            Fraction best = null;
            List<Integer> tied = new ArrayList<>();
            while (!queue.isEmpty()) {
                int p = queue.peek();
                if (bestSet && ByFractionThenIndex.compareNullLast(lastLoad[p], best) > 0) {
                    break;
                }
                taken.add(queue.poll());
                if (dirty[p]) {
                    int levels = levelNumerator.size();
                    if (perLevel.length < levels) {
                        perLevel = Arrays.copyOf(perLevel, 2 * levels);
                    }
                    for (int g : e.supporters[p]) {
                        perLevel[groupLevel[g]] += e.groupSize[g];
                    }
                    // (cost + sum of the supporters' loads) / supporters, all over levelDenominator
                    BigInteger sum = e.cost[p].numerator().multiply(levelDenominator.divide(e.cost[p].denominator()));
                    for (int level = 1; level < levels; level++) {
                        if (perLevel[level] != 0) {
                            sum = sum.add(levelNumerator.get(level).multiply(BigInteger.valueOf(perLevel[level])));
                        }
                    }
                    Arrays.fill(perLevel, 0, levels, 0);
                    lastLoad[p] = Fraction.of(sum, levelDenominator.multiply(BigInteger.valueOf(e.approvalCount[p])));
                    dirty[p] = false;
                }
                int c = bestSet ? ByFractionThenIndex.compareNullLast(lastLoad[p], best) : -1;
                if (c < 0) {
                    bestSet = true;
                    best = lastLoad[p];
                    tied.clear();
                    tied.add(p);
                } else if (c == 0) {
                    tied.add(p);
                }
            }
            for (int p : tied) {
                if (spent.add(e.cost[p]).compareTo(e.budget) > 0) {
                    if (steps.recording()) {
                        steps.add(StepKind.STOPPED, e.ids[p], e.ids[p] + " is next in line (load "
                                + (best == null ? "unbounded" : best.toDecimalString(8)) + ") but costs "
                                + Steps.money(e.cost[p]) + " while only " + Steps.money(e.budget.subtract(spent))
                                + " remains; sequential Phragmén stops here.", "cost", e.cost[p],
                                "remainingBudget", e.budget.subtract(spent));
                    }
                    return selected;
                }
            }
            int chosen = tied.get(0); // tied is in order of (load, index), all loads equal
            for (int p : tied) {
                chosen = Math.min(chosen, p);
            }
            alive[chosen] = false;
            for (int p : taken) {
                if (p != chosen) {
                    queue.add(p);
                }
            }
            selected.add(chosen);
            spent = spent.add(e.cost[chosen]);
            if (best != null) {
                BigInteger growth = best.denominator().divide(best.denominator().gcd(levelDenominator));
                if (!growth.equals(BigInteger.ONE)) {
                    levelDenominator = levelDenominator.multiply(growth);
                    for (int level = 0; level < levelNumerator.size(); level++) {
                        levelNumerator.set(level, levelNumerator.get(level).multiply(growth));
                    }
                }
                levelNumerator.add(best.numerator().multiply(levelDenominator.divide(best.denominator())));
                int level = levelNumerator.size() - 1;
                for (int g : e.supporters[chosen]) {
                    groupLevel[g] = level;
                    for (int q : e.groupProjects[g]) {
                        dirty[q] = true;
                    }
                }
            }
            if (steps.recording()) {
                steps.add(StepKind.SELECTED, e.ids[chosen], "Round " + selected.size() + ": " + e.ids[chosen]
                        + " (cost " + Steps.money(e.cost[chosen]) + ") is bought: its " + e.approvalCount[chosen]
                        + " supporter(s) end at load "
                        + (best == null ? "unchanged (no supporters)" : best.toDecimalString(8))
                        + ", the lowest possible.", "cost", e.cost[chosen], "load", best == null ? "none" : best);
            }
        }
        steps.add(StepKind.NOTE, null, "Every eligible project is funded.");
        return selected;
    }
}
