package nl.samenspraak.allocation.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import nl.samenspraak.allocation.AllocationException;
import nl.samenspraak.allocation.Fraction;

/**
 * Maximal utilitarian welfare: a 0/1 knapsack solved exactly by depth-first branch and bound.
 * <p>
 * Costs and satisfactions are scaled to integers (the budget's and costs' decimals, the satisfactions'
 * common denominator). Items are tried best ratio first; a branch is cut when even its fractional (LP)
 * completion cannot beat the best total found, compared exactly in 128 bits. Free projects with
 * supporters are always taken; projects without satisfaction never.
 */
final class MaxWelfare {

    private final long[] weight;
    private final long[] profit;
    private final int[] project;
    private final int n;
    private long bestProfit = -1;
    private boolean[] best;
    private final boolean[] current;

    private MaxWelfare(long[] weight, long[] profit, int[] project) {
        this.weight = weight;
        this.profit = profit;
        this.project = project;
        this.n = weight.length;
        this.current = new boolean[n];
    }

    static List<Integer> run(Election e) {
        int m = e.projectCount();
        List<Integer> selected = new ArrayList<>();
        List<Integer> items = new ArrayList<>();
        BigInteger costScale = e.budget.denominator();
        BigInteger satScale = BigInteger.ONE;
        for (int p = 0; p < m; p++) {
            if (e.totalSatisfaction[p].signum() <= 0) {
                continue;
            }
            if (e.cost[p].signum() == 0) {
                selected.add(p);
                continue;
            }
            if (e.cost[p].compareTo(e.budget) > 0) {
                continue;
            }
            items.add(p);
            costScale = lcm(costScale, e.cost[p].denominator());
            satScale = lcm(satScale, e.totalSatisfaction[p].denominator());
        }
        // Sort by satisfaction per cost, best first, ties by index.
        items.sort((a, b) -> {
            int c = e.totalSatisfaction[b].multiply(e.cost[a]).compareTo(e.totalSatisfaction[a].multiply(e.cost[b]));
            return c != 0 ? c : Integer.compare(a, b);
        });
        int n = items.size();
        long[] weight = new long[n];
        long[] profit = new long[n];
        int[] project = new int[n];
        BigInteger profitSum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            int p = items.get(i);
            project[i] = p;
            weight[i] = toLong(e.cost[p].multiply(Fraction.of(costScale)));
            BigInteger scaledProfit = e.totalSatisfaction[p].multiply(Fraction.of(satScale)).numerator();
            profit[i] = toLong(Fraction.of(scaledProfit));
            profitSum = profitSum.add(scaledProfit);
        }
        if (profitSum.bitLength() > 62) {
            throw new AllocationException("max-welfare: total satisfaction too large for the exact solver");
        }
        long capacity = toLong(e.budget.multiply(Fraction.of(costScale)));
        MaxWelfare solver = new MaxWelfare(weight, profit, project);
        solver.search(0, capacity, 0);
        for (int i = 0; i < n; i++) {
            if (solver.best[i]) {
                selected.add(project[i]);
            }
        }
        return selected;
    }

    private void search(int i, long capacity, long value) {
        if (value > bestProfit) {
            bestProfit = value;
            best = current.clone();
        }
        if (i == n || !canBeat(i, capacity, value)) {
            return;
        }
        if (weight[i] <= capacity) {
            current[i] = true;
            search(i + 1, capacity - weight[i], value + profit[i]);
            current[i] = false;
        }
        search(i + 1, capacity, value);
    }

    /** Whether the LP relaxation of items i.. with the given capacity can exceed the best found so far. */
    private boolean canBeat(int i, long capacity, long value) {
        long total = value;
        int k = i;
        while (k < n && weight[k] <= capacity) {
            capacity -= weight[k];
            total += profit[k];
            k++;
        }
        if (total > bestProfit) {
            return true;
        }
        // Skip items that no longer fit at all; the next fitting-ratio item bounds the rest.
        while (k < n && capacity > 0) {
            // total + capacity * profit[k] / weight[k] > bestProfit  <=>  capacity * profit[k] > (bestProfit - total) * weight[k]
            return compareProducts(capacity, profit[k], bestProfit - total, weight[k]) > 0;
        }
        return false;
    }

    /** Compares a*b with c*d for non-negative longs, exactly. */
    private static int compareProducts(long a, long b, long c, long d) {
        long hi1 = Math.multiplyHigh(a, b);
        long hi2 = Math.multiplyHigh(c, d);
        if (hi1 != hi2) {
            return Long.compare(hi1, hi2);
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }

    private static long toLong(Fraction value) {
        if (!value.isInteger() || value.numerator().bitLength() > 62) {
            throw new AllocationException("max-welfare: value out of range for the exact solver: " + value);
        }
        return value.numerator().longValueExact();
    }
}
