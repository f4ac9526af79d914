package nl.samenspraak.allocation.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.samenspraak.allocation.Explanation.StepKind;
import nl.samenspraak.allocation.Fraction;

/**
 * The Method of Equal Shares with exact arithmetic, matching pabutools' {@code method_of_equal_shares}.
 * <p>
 * Each voter starts with an equal share of the budget. In each round the project with the lowest price
 * per unit of satisfaction (rho) that its supporters can still pay is bought: every supporter pays
 * rho times their satisfaction, or everything they have left if that is less. Ties go to the smallest
 * id. Projects with cost 0 and some supporter are selected up front; projects nobody supports never.
 * <p>
 * Speed comes from three facts. Voters who have paid the same amounts hold the same budget, so budgets
 * live in a small table of "budget classes" and each voter group points into it; computing a project's
 * rho sorts classes, not voters. All budgets are kept as integers over one common denominator (grown
 * when a payment needs it), so sums and comparisons are exact integer operations without reducing
 * fractions. And rho only grows as budgets shrink, so a project whose supporters did not pay since its
 * last evaluation keeps its exact rho, and one whose last rho is already above the round's best need
 * not be evaluated at all (the lazy evaluation pabutools also uses).
 */
final class EqualShares {

    /** The selection of one MES run, in order, with how it came about. */
    static final class Run {
        final List<Integer> selected = new ArrayList<>();
        Fraction totalCost = Fraction.ZERO;
        final Steps steps = new Steps();
        boolean abortedOverBudget;
    }

    private final Election e;
    private final boolean[] candidate;
    private final List<Integer> freeProjects = new ArrayList<>();
    private final boolean[] uniformWeight;

    EqualShares(Election e) {
        this.e = e;
        int m = e.projectCount();
        candidate = new boolean[m];
        uniformWeight = new boolean[m];
        for (int p = 0; p < m; p++) {
            if (e.supporters[p].length == 0) {
                continue;
            }
            if (e.cost[p].signum() == 0) {
                freeProjects.add(p);
            } else {
                candidate[p] = true;
            }
            long[] w = e.supporterWeights[p];
            boolean uniform = true;
            for (long x : w) {
                uniform &= x == w[0];
            }
            uniformWeight[p] = uniform;
        }
    }

    boolean isCandidate(int p) {
        return candidate[p];
    }

    List<Integer> freeProjects() {
        return freeProjects;
    }

    /**
     * Runs MES with the given budget per voter. With {@code abortAboveCost} set, stops as soon as the
     * selection costs more than that (the selection only grows, so the verdict "over budget" is final).
     */
    Run run(Fraction budgetPerVoter, Fraction abortAboveCost) {
        return new State(budgetPerVoter).run(abortAboveCost);
    }

    private final class State {
        final int m = e.projectCount();
        final int[] groupClass = new int[e.groupCount()];
        /** Budget of each class is classBudget[c] / denominator. */
        List<BigInteger> classBudget = new ArrayList<>();
        Map<BigInteger, Integer> classOf = new HashMap<>();
        BigInteger denominator;
        /** cost[p] * denominator, kept in step with the denominator. */
        final BigInteger[] scaledCost = new BigInteger[m];
        final Fraction[] lastRho = new Fraction[m];
        /** Payment per unit of weight at the last evaluation, as numerator / denominator over the then common denominator. */
        final BigInteger[] paymentNumerator = new BigInteger[m];
        final long[] paymentDivisor = new long[m];
        final BigInteger[] paymentDenominator = new BigInteger[m];
        final boolean[] dirty = new boolean[m];
        final boolean[] alive = new boolean[m];
        long[] classAccumulator = new long[16];
        int[] touchedClasses = new int[16];

        State(Fraction budgetPerVoter) {
            BigInteger d = budgetPerVoter.denominator();
            for (int p = 0; p < m; p++) {
                d = lcm(d, e.cost[p].denominator());
            }
            denominator = d;
            classId(budgetPerVoter.numerator().multiply(d.divide(budgetPerVoter.denominator())));
            for (int p = 0; p < m; p++) {
                scaledCost[p] = e.cost[p].numerator().multiply(d.divide(e.cost[p].denominator()));
                if (candidate[p]) {
                    alive[p] = true;
                    dirty[p] = true;
                    lastRho[p] = e.cost[p].divide(positiveSatisfaction(p));
                }
            }
        }

        private Fraction positiveSatisfaction(int p) {
            long total = 0;
            int[] sup = e.supporters[p];
            long[] w = e.supporterWeights[p];
            for (int k = 0; k < sup.length; k++) {
                total = Math.addExact(total, Math.multiplyExact(e.groupSize[sup[k]], w[k]));
            }
            return e.scale[p].multiply(total);
        }

        int classId(BigInteger budget) {
            Integer id = classOf.get(budget);
            if (id == null) {
                id = classBudget.size();
                classBudget.add(budget);
                classOf.put(budget, id);
            }
            return id;
        }

        Run run(Fraction abortAboveCost) {
            Run run = new Run();
            for (int p : freeProjects) {
                run.selected.add(p);
                run.steps.add(StepKind.SELECTED, e.ids[p], e.ids[p]
                        + " costs nothing and has supporters, so it is funded first.", "cost", "0");
            }
            List<Integer> order = new ArrayList<>();
            int round = 0;
            while (true) {
                order.clear();
                for (int p = 0; p < m; p++) {
                    if (alive[p]) {
                        order.add(p);
                    }
                }
                if (order.isEmpty()) {
                    break;
                }
                order.sort((a, b) -> {
                    int c = lastRho[a].compareTo(lastRho[b]);
                    return c != 0 ? c : Integer.compare(a, b);
                });
                Fraction best = null;
                int chosen = -1;
                for (int p : order) {
                    if (best != null && lastRho[p].compareTo(best) > 0) {
                        break;
                    }
                    if (dirty[p]) {
                        if (!evaluate(p)) {
                            alive[p] = false;
                            continue;
                        }
                    }
                    int c = best == null ? -1 : lastRho[p].compareTo(best);
                    if (c < 0 || (c == 0 && p < chosen)) {
                        best = lastRho[p];
                        chosen = p;
                    }
                }
                if (chosen < 0) {
                    break;
                }
                round++;
                pay(chosen, round, run.steps);
                alive[chosen] = false;
                run.selected.add(chosen);
                run.totalCost = run.totalCost.add(e.cost[chosen]);
                if (abortAboveCost != null && run.totalCost.compareTo(abortAboveCost) > 0) {
                    run.abortedOverBudget = true;
                    return run;
                }
            }
            run.steps.add(StepKind.NOTE, null, "No remaining project can be paid for by its supporters"
                    + " at an equal price per unit of satisfaction; MES ends after " + round + " round(s).");
            return run;
        }

        /** Computes the exact rho of p; false when its supporters together cannot pay for it. */
        private boolean evaluate(int p) {
            int[] sup = e.supporters[p];
            long[] w = e.supporterWeights[p];
            int entries;
            BigInteger[] budgets;
            long[] weights;
            long[] sizes;
            if (uniformWeight[p]) {
                if (classAccumulator.length < classBudget.size()) {
                    classAccumulator = Arrays.copyOf(classAccumulator, Math.max(classBudget.size(), 2 * classAccumulator.length));
                    touchedClasses = Arrays.copyOf(touchedClasses, classAccumulator.length);
                }
                entries = 0;
                for (int k = 0; k < sup.length; k++) {
                    int c = groupClass[sup[k]];
                    if (classAccumulator[c] == 0) {
                        touchedClasses[entries++] = c;
                    }
                    classAccumulator[c] += e.groupSize[sup[k]];
                }
                budgets = new BigInteger[entries];
                weights = new long[entries];
                sizes = new long[entries];
                for (int i = 0; i < entries; i++) {
                    int c = touchedClasses[i];
                    budgets[i] = classBudget.get(c);
                    weights[i] = w[0];
                    sizes[i] = classAccumulator[c];
                    classAccumulator[c] = 0;
                }
            } else {
                Map<Long, long[]> byClassAndWeight = new HashMap<>();
                for (int k = 0; k < sup.length; k++) {
                    long key = ((long) groupClass[sup[k]] << 32) | w[k];
                    long[] slot = byClassAndWeight.computeIfAbsent(key, x -> new long[1]);
                    slot[0] += e.groupSize[sup[k]];
                }
                entries = byClassAndWeight.size();
                budgets = new BigInteger[entries];
                weights = new long[entries];
                sizes = new long[entries];
                int i = 0;
                for (Map.Entry<Long, long[]> entry : byClassAndWeight.entrySet()) {
                    budgets[i] = classBudget.get((int) (entry.getKey() >>> 32));
                    weights[i] = entry.getKey() & 0xffffffffL;
                    sizes[i] = entry.getValue()[0];
                    i++;
                }
            }
            Integer[] byBudgetPerWeight = new Integer[entries];
            for (int i = 0; i < entries; i++) {
                byBudgetPerWeight[i] = i;
            }
            final BigInteger[] b = budgets;
            final long[] wt = weights;
            Arrays.sort(byBudgetPerWeight, (x, y) -> wt[x] == wt[y] ? b[x].compareTo(b[y])
                    : b[x].multiply(BigInteger.valueOf(wt[y])).compareTo(b[y].multiply(BigInteger.valueOf(wt[x]))));
            BigInteger remainingCost = scaledCost[p];
            long remainingWeight = 0;
            for (int i = 0; i < entries; i++) {
                remainingWeight = Math.addExact(remainingWeight, Math.multiplyExact(sizes[i], weights[i]));
            }
            for (int idx : byBudgetPerWeight) {
                // Can this entry, and so every richer one, pay remainingCost / remainingWeight per unit of weight?
                BigInteger lhs = remainingCost.multiply(BigInteger.valueOf(weights[idx]));
                BigInteger rhs = budgets[idx].multiply(BigInteger.valueOf(remainingWeight));
                if (lhs.compareTo(rhs) <= 0) {
                    paymentNumerator[p] = remainingCost;
                    paymentDivisor[p] = remainingWeight;
                    paymentDenominator[p] = denominator;
                    Fraction paymentPerWeight = Fraction.of(remainingCost,
                            denominator.multiply(BigInteger.valueOf(remainingWeight)));
                    lastRho[p] = paymentPerWeight.divide(e.scale[p]);
                    dirty[p] = false;
                    return true;
                }
                remainingCost = remainingCost.subtract(budgets[idx].multiply(BigInteger.valueOf(sizes[idx])));
                remainingWeight -= sizes[idx] * weights[idx];
            }
            return false;
        }

        private void pay(int p, int round, Steps steps) {
            // The chosen project's supporters did not change since its evaluation, but the common
            // denominator may have; bring the payment onto the current one first.
            BigInteger numerator = paymentNumerator[p].multiply(denominator.divide(paymentDenominator[p]));
            BigInteger divisor = BigInteger.valueOf(paymentDivisor[p]);
            BigInteger gcd = numerator.gcd(divisor);
            BigInteger growth = divisor.divide(gcd);
            BigInteger perWeight = numerator.divide(gcd); // payment per unit of weight, over denominator * growth
            if (!growth.equals(BigInteger.ONE)) {
                rescale(growth);
            }
            int[] sup = e.supporters[p];
            long[] w = e.supporterWeights[p];
            Map<Long, long[]> newClass = new HashMap<>(); // key -> {target class, 1 if paid less than the share}
            long fullPayers = 0;
            long cappedPayers = 0;
            for (int k = 0; k < sup.length; k++) {
                int g = sup[k];
                long key = ((long) groupClass[g] << 32) | w[k];
                long[] target = newClass.get(key);
                if (target == null) {
                    BigInteger budget = classBudget.get(groupClass[g]);
                    BigInteger share = perWeight.multiply(BigInteger.valueOf(w[k]));
                    int cmp = share.compareTo(budget);
                    target = new long[] {classId(cmp >= 0 ? BigInteger.ZERO : budget.subtract(share)), cmp > 0 ? 1 : 0};
                    newClass.put(key, target);
                }
                if (target[1] == 1) {
                    cappedPayers += e.groupSize[g];
                } else {
                    fullPayers += e.groupSize[g];
                }
                groupClass[g] = (int) target[0];
                for (int q : e.groupProjects[g]) {
                    dirty[q] = true;
                }
            }
            Fraction paymentPerWeight = Fraction.of(perWeight, denominator);
            steps.add(StepKind.SELECTED, e.ids[p], "Round " + round + ": " + e.ids[p] + " (cost "
                    + Steps.money(e.cost[p]) + ") has the lowest price per unit of satisfaction, "
                    + lastRho[p].toDecimalString(8) + ". " + fullPayers + " supporter(s) paid their equal share ("
                    + Steps.money(paymentPerWeight) + " per point of support), " + cappedPayers
                    + " paid all they had left.", "round", round, "cost", e.cost[p], "pricePerSatisfaction", lastRho[p],
                    "paymentPerWeight", paymentPerWeight, "fullPayers", fullPayers, "cappedPayers", cappedPayers);
        }

        /** Multiplies the common denominator by {@code growth}, keeping only the classes still in use. */
        private void rescale(BigInteger growth) {
            denominator = denominator.multiply(growth);
            for (int p = 0; p < m; p++) {
                scaledCost[p] = scaledCost[p].multiply(growth);
            }
            int[] renumber = new int[classBudget.size()];
            Arrays.fill(renumber, -1);
            List<BigInteger> kept = new ArrayList<>();
            Map<BigInteger, Integer> keptIndex = new HashMap<>();
            for (int g = 0; g < groupClass.length; g++) {
                int c = groupClass[g];
                if (renumber[c] < 0) {
                    BigInteger scaled = classBudget.get(c).multiply(growth);
                    renumber[c] = kept.size();
                    kept.add(scaled);
                    keptIndex.put(scaled, renumber[c]);
                }
                groupClass[g] = renumber[c];
            }
            classBudget = kept;
            classOf = keptIndex;
        }
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }
}
