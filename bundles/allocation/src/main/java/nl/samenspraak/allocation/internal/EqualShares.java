package nl.samenspraak.allocation.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

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
 * rho orders classes, not voters. All budgets are kept as integers over one common denominator (grown
 * when a payment needs it), so sums and comparisons are exact integer operations without reducing
 * fractions. And rho only grows as budgets shrink, so a project whose supporters did not pay since its
 * last evaluation keeps its exact rho, and one whose last rho is already above the round's best need
 * not be evaluated at all (the lazy evaluation pabutools also uses).
 */
final class EqualShares {

    /**
     * The selection of one MES run, in order, with how it came about. mes-add1 discards most runs, so
     * the explanation is only written out (decimals, text) when {@link #steps()} is first asked for.
     */
    static final class Run {
        final List<Integer> selected = new ArrayList<>();
        Fraction totalCost = Fraction.ZERO;
        boolean abortedOverBudget;
        private final List<Consumer<Steps>> pendingSteps = new ArrayList<>();
        private Steps steps;

        Steps steps() {
            if (steps == null) {
                steps = new Steps();
                for (Consumer<Steps> step : pendingSteps) {
                    step.accept(steps);
                }
                pendingSteps.clear();
            }
            return steps;
        }
    }

    private final Election e;
    private final boolean explained;
    private final boolean[] candidate;
    private final List<Integer> freeProjects = new ArrayList<>();
    private final boolean[] uniformWeight;
    // Preprocessing that does not depend on the budget per voter, shared by mes-add1's reruns.
    /** Least common multiple of the costs' denominators. */
    private final BigInteger costDenominator;
    /** Each candidate's rho before anyone paid: cost / total satisfaction. */
    private final Fraction[] initialRho;
    /** cost[p] * scaledCostDenominator, for the last starting denominator used. */
    private BigInteger[] scaledCostTemplate;
    private BigInteger scaledCostDenominator;

    EqualShares(Election e) {
        this(e, true);
    }

    /** With {@code explained} false, the runs keep no steps (see {@link Steps#recording()}). */
    EqualShares(Election e, boolean explained) {
        this.e = e;
        this.explained = explained;
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
        BigInteger d = BigInteger.ONE;
        initialRho = new Fraction[m];
        for (int p = 0; p < m; p++) {
            d = lcm(d, e.cost[p].denominator());
            if (candidate[p]) {
                initialRho[p] = e.cost[p].divide(positiveSatisfaction(p));
            }
        }
        costDenominator = d;
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

    /** The costs scaled to the common denominator d, computed once per d (mes-add1's reruns share one). */
    private BigInteger[] scaledCosts(BigInteger d) {
        if (!d.equals(scaledCostDenominator)) {
            int m = e.projectCount();
            BigInteger[] scaled = new BigInteger[m];
            for (int p = 0; p < m; p++) {
                scaled[p] = e.cost[p].numerator().multiply(d.divide(e.cost[p].denominator()));
            }
            scaledCostTemplate = scaled;
            scaledCostDenominator = d;
        }
        return scaledCostTemplate;
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
        /**
         * Budget of class c is classBudget[c] / denominator. Classes with equal budgets are not merged
         * (that would not change any price), except that everyone with nothing left shares zeroClass.
         */
        BigInteger[] classBudget = new BigInteger[64];
        int classCount;
        int zeroClass = -1;
        BigInteger denominator;
        /** cost[p] * denominator, kept in step with the denominator while p is alive. */
        final BigInteger[] scaledCost;
        final Fraction[] lastRho = new Fraction[m];
        final Comparator<Integer> byLastRho = new ByFractionThenIndex(lastRho);
        /** Payment per unit of weight at the last evaluation, as numerator / denominator over the then common denominator. */
        final BigInteger[] paymentNumerator = new BigInteger[m];
        final long[] paymentDivisor = new long[m];
        final BigInteger[] paymentDenominator = new BigInteger[m];
        final boolean[] dirty = new boolean[m];
        final boolean[] alive = new boolean[m];

        // Scratch space of evaluate and pay: a project's supporters summed up per (class, weight) entry.
        long[] classAccumulator = new long[64];
        int[] touchedClasses = new int[64];
        final LongIntMap entryOf = new LongIntMap();
        BigInteger[] entryBudget = new BigInteger[64];
        long[] entryWeight = new long[64];
        long[] entrySize = new long[64];
        int[] heap = new int[64];

        State(Fraction budgetPerVoter) {
            BigInteger d = lcm(budgetPerVoter.denominator(), costDenominator);
            denominator = d;
            addClass(budgetPerVoter.numerator().multiply(d.divide(budgetPerVoter.denominator())));
            scaledCost = scaledCosts(d).clone();
            for (int p = 0; p < m; p++) {
                if (candidate[p]) {
                    alive[p] = true;
                    dirty[p] = true;
                    lastRho[p] = initialRho[p];
                }
            }
        }

        private int addClass(BigInteger budget) {
            if (classCount == classBudget.length) {
                classBudget = Arrays.copyOf(classBudget, 2 * classCount);
            }
            classBudget[classCount] = budget;
            return classCount++;
        }

        private int zeroClass() {
            if (zeroClass < 0) {
                zeroClass = addClass(BigInteger.ZERO);
            }
            return zeroClass;
        }

        Run run(Fraction abortAboveCost) {
            Run run = new Run();
            for (int p : freeProjects) {
                run.selected.add(p);
                if (explained) {
                    run.pendingSteps.add(steps -> steps.add(StepKind.SELECTED, e.ids[p], e.ids[p]
                            + " costs nothing and has supporters, so it is funded first.", "cost", "0"));
                }
            }
            // Kept from round to round: only re-priced projects move, so the sort finds it nearly sorted.
            List<Integer> order = new ArrayList<>();
            for (int p = 0; p < m; p++) {
                if (alive[p]) {
                    order.add(p);
                }
            }
            int round = 0;
            while (true) {
                dropFunded(order);
                if (order.isEmpty()) {
                    break;
                }
                order.sort(byLastRho);
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
                pay(chosen, round, run.pendingSteps);
                alive[chosen] = false;
                run.selected.add(chosen);
                run.totalCost = run.totalCost.add(e.cost[chosen]);
                if (abortAboveCost != null && run.totalCost.compareTo(abortAboveCost) > 0) {
                    run.abortedOverBudget = true;
                    return run;
                }
            }
            if (explained) {
                int rounds = round;
                run.pendingSteps.add(steps -> steps.add(StepKind.NOTE, null, "No remaining project can be paid"
                        + " for by its supporters at an equal price per unit of satisfaction; MES ends after " + rounds
                        + " round(s)."));
            }
            return run;
        }

        /** {@code order.removeIf(p -> !alive[p])} without a lambda (see {@link ByFractionThenIndex}). */
        private void dropFunded(List<Integer> order) {
            int kept = 0;
            for (int i = 0; i < order.size(); i++) {
                int p = order.get(i);
                if (alive[p]) {
                    order.set(kept++, p);
                }
            }
            while (order.size() > kept) {
                order.remove(order.size() - 1);
            }
        }

        /** Computes the exact rho of p; false when its supporters together cannot pay for it. */
        private boolean evaluate(int p) {
            int entries = collectEntries(p);
            BigInteger remainingCost = scaledCost[p];
            long remainingWeight = 0;
            for (int i = 0; i < entries; i++) {
                remainingWeight = Math.addExact(remainingWeight, Math.multiplyExact(entrySize[i], entryWeight[i]));
            }
            // Poorest per unit of weight first; usually only a few are capped, so a heap beats sorting all.
            for (int i = 0; i < entries; i++) {
                heap[i] = i;
            }
            boolean uniform = uniformWeight[p];
            for (int i = entries / 2 - 1; i >= 0; i--) {
                siftDown(i, entries, uniform);
            }
            for (int left = entries; left > 0; ) {
                int idx = heap[0];
                // Can this entry, and so every richer one, pay remainingCost / remainingWeight per unit of weight?
                BigInteger lhs = remainingCost.multiply(BigInteger.valueOf(entryWeight[idx]));
                BigInteger rhs = entryBudget[idx].multiply(BigInteger.valueOf(remainingWeight));
                if (lhs.compareTo(rhs) <= 0) {
                    paymentNumerator[p] = remainingCost;
                    paymentDivisor[p] = remainingWeight;
                    paymentDenominator[p] = denominator;
                    // rho = remainingCost / (denominator * remainingWeight * scale), reduced once.
                    Fraction scale = e.scale[p];
                    lastRho[p] = Fraction.of(remainingCost.multiply(scale.denominator()),
                            denominator.multiply(BigInteger.valueOf(remainingWeight)).multiply(scale.numerator()));
                    dirty[p] = false;
                    return true;
                }
                remainingCost = remainingCost.subtract(entryBudget[idx].multiply(BigInteger.valueOf(entrySize[idx])));
                remainingWeight -= entrySize[idx] * entryWeight[idx];
                heap[0] = heap[--left];
                siftDown(0, left, uniform);
            }
            return false;
        }

        /** Sums p's supporters up per (budget class, weight) into the entry arrays; returns the number of entries. */
        private int collectEntries(int p) {
            int[] sup = e.supporters[p];
            long[] w = e.supporterWeights[p];
            if (entryBudget.length < sup.length) {
                int capacity = Math.max(sup.length, 2 * entryBudget.length);
                entryBudget = new BigInteger[capacity];
                entryWeight = new long[capacity];
                entrySize = new long[capacity];
                heap = new int[capacity];
            }
            int entries = 0;
            if (uniformWeight[p]) {
                if (classAccumulator.length < classCount) {
                    classAccumulator = new long[Math.max(classCount, 2 * classAccumulator.length)];
                    touchedClasses = new int[classAccumulator.length];
                }
                for (int k = 0; k < sup.length; k++) {
                    int c = groupClass[sup[k]];
                    if (classAccumulator[c] == 0) {
                        touchedClasses[entries++] = c;
                    }
                    classAccumulator[c] += e.groupSize[sup[k]];
                }
                for (int i = 0; i < entries; i++) {
                    int c = touchedClasses[i];
                    entryBudget[i] = classBudget[c];
                    entryWeight[i] = w[0];
                    entrySize[i] = classAccumulator[c];
                    classAccumulator[c] = 0;
                }
            } else {
                entryOf.clear();
                for (int k = 0; k < sup.length; k++) {
                    int c = groupClass[sup[k]];
                    long key = ((long) c << 32) | w[k];
                    int i = entryOf.get(key);
                    if (i < 0) {
                        i = entries++;
                        entryOf.putNew(key, i);
                        entryBudget[i] = classBudget[c];
                        entryWeight[i] = w[k];
                        entrySize[i] = 0;
                    }
                    entrySize[i] += e.groupSize[sup[k]];
                }
            }
            return entries;
        }

        private void siftDown(int at, int size, boolean uniform) {
            int moving = heap[at];
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && poorer(heap[child + 1], heap[child], uniform)) {
                    child++;
                }
                if (!poorer(heap[child], moving, uniform)) {
                    break;
                }
                heap[at] = heap[child];
                at = child;
            }
            heap[at] = moving;
        }

        /** Whether entry x has less budget per unit of weight than entry y. */
        private boolean poorer(int x, int y, boolean uniform) {
            if (uniform || entryWeight[x] == entryWeight[y]) {
                return entryBudget[x].compareTo(entryBudget[y]) < 0;
            }
            return entryBudget[x].multiply(BigInteger.valueOf(entryWeight[y]))
                    .compareTo(entryBudget[y].multiply(BigInteger.valueOf(entryWeight[x]))) < 0;
        }

        private void pay(int p, int round, List<Consumer<Steps>> pendingSteps) {
            // The chosen project's supporters did not change since its evaluation, but the common
            // denominator may have; bring the payment onto the current one first.
            BigInteger numerator = paymentNumerator[p].multiply(denominator.divide(paymentDenominator[p]));
            BigInteger divisor = BigInteger.valueOf(paymentDivisor[p]);
            BigInteger gcd = numerator.gcd(divisor);
            BigInteger growth = divisor.divide(gcd);
            BigInteger perWeight = numerator.divide(gcd); // payment per unit of weight, over denominator * growth
            int[] sup = e.supporters[p];
            if (!growth.equals(BigInteger.ONE) || classCount + sup.length > 2 * groupClass.length + 64) {
                rescale(growth);
            }
            long[] w = e.supporterWeights[p];
            LongIntMap targetOf = entryOf; // (class, weight) -> 2 * new class + 1 if they paid less than the share
            targetOf.clear();
            // Every project of a payer needs re-pricing; once all live ones are marked, stop looking.
            int stillToMark = 0;
            for (int q = 0; q < m; q++) {
                if (alive[q] && !dirty[q]) {
                    stillToMark++;
                }
            }
            long fullPayers = 0;
            long cappedPayers = 0;
            for (int k = 0; k < sup.length; k++) {
                int g = sup[k];
                long key = ((long) groupClass[g] << 32) | w[k];
                int target = targetOf.get(key);
                if (target < 0) {
                    BigInteger budget = classBudget[groupClass[g]];
                    BigInteger share = perWeight.multiply(BigInteger.valueOf(w[k]));
                    int cmp = share.compareTo(budget);
                    target = 2 * (cmp >= 0 ? zeroClass() : addClass(budget.subtract(share))) + (cmp > 0 ? 1 : 0);
                    targetOf.putNew(key, target);
                }
                if ((target & 1) == 1) {
                    cappedPayers += e.groupSize[g];
                } else {
                    fullPayers += e.groupSize[g];
                }
                groupClass[g] = target >>> 1;
                if (stillToMark > 0) {
                    for (int q : e.groupProjects[g]) {
                        if (!dirty[q]) {
                            dirty[q] = true;
                            if (alive[q]) {
                                stillToMark--;
                            }
                        }
                    }
                }
            }
            if (!explained) {
                return;
            }
            Fraction rho = lastRho[p];
            BigInteger paymentDenominator = denominator;
            long full = fullPayers;
            long capped = cappedPayers;
            pendingSteps.add(steps -> {
                Fraction paymentPerWeight = Fraction.of(perWeight, paymentDenominator);
                steps.add(StepKind.SELECTED, e.ids[p], "Round " + round + ": " + e.ids[p] + " (cost "
                        + Steps.money(e.cost[p]) + ") has the lowest price per unit of satisfaction, "
                        + rho.toDecimalString(8) + ". " + full + " supporter(s) paid their equal share ("
                        + Steps.money(paymentPerWeight) + " per point of support), " + capped
                        + " paid all they had left.", "round", round, "cost", e.cost[p], "pricePerSatisfaction", rho,
                        "paymentPerWeight", paymentPerWeight, "fullPayers", full, "cappedPayers", capped);
            });
        }

        /** Multiplies the common denominator by {@code growth} (may be 1), keeping only the classes still in use. */
        private void rescale(BigInteger growth) {
            boolean grows = !growth.equals(BigInteger.ONE);
            if (grows) {
                denominator = denominator.multiply(growth);
                for (int p = 0; p < m; p++) {
                    if (alive[p]) { // only live projects are ever priced again
                        scaledCost[p] = scaledCost[p].multiply(growth);
                    }
                }
            }
            int[] renumber = new int[classCount];
            Arrays.fill(renumber, -1);
            BigInteger[] kept = new BigInteger[classBudget.length];
            int keptCount = 0;
            for (int g = 0; g < groupClass.length; g++) {
                int c = groupClass[g];
                if (renumber[c] < 0) {
                    renumber[c] = keptCount;
                    kept[keptCount++] = grows ? classBudget[c].multiply(growth) : classBudget[c];
                }
                groupClass[g] = renumber[c];
            }
            zeroClass = zeroClass < 0 ? -1 : renumber[zeroClass];
            classBudget = kept;
            classCount = keptCount;
        }
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }
}
