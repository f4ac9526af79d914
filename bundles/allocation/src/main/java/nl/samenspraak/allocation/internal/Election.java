package nl.samenspraak.allocation.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.samenspraak.allocation.Ballot;
import nl.samenspraak.allocation.Fraction;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Project;
import nl.samenspraak.allocation.Satisfaction;

/**
 * The numeric form of an instance under one satisfaction function, shared by all rules.
 * <p>
 * Projects are indexed in code-point order of their id, so "smaller index" is the tie-break. Voters with
 * identical ballots are merged into one group with a multiplicity: they pay, gain and are loaded
 * identically under every rule here. The satisfaction of a group member with project {@code p} is
 * {@code weight * scale[p]} with an integer weight, which keeps the inner loops on {@code long}.
 */
public final class Election {

    public final String[] ids;
    public final Fraction[] cost;
    public final Fraction budget;
    /** Number of ballots, empty ones included (MES divides the budget by this). */
    public final long ballotCount;
    public final long[] groupSize;
    /** Per group, the projects its ballot names with a positive weight, and those weights. */
    public final int[][] groupProjects;
    public final long[][] groupWeights;
    /** Per project, the groups with positive weight for it, and the weights. */
    public final int[][] supporters;
    public final long[][] supporterWeights;
    public final Fraction[] scale;
    /** Total satisfaction per project (including non-positive weights, as pabutools' welfare does). */
    public final Fraction[] totalSatisfaction;
    /** Number of voters whose ballot names the project (approval score). */
    public final long[] approvalCount;

    public Election(Instance instance, Satisfaction sat) {
        List<Project> projects = new ArrayList<>(instance.projects());
        projects.sort((a, b) -> CodePointOrder.INSTANCE.compare(a.id(), b.id()));
        int m = projects.size();
        ids = new String[m];
        cost = new Fraction[m];
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p < m; p++) {
            ids[p] = projects.get(p).id();
            cost[p] = Fraction.of(projects.get(p).cost());
            index.put(ids[p], p);
        }
        budget = Fraction.of(instance.budget());
        ballotCount = instance.ballots().size();

        int pointsScale = 0;
        for (Ballot ballot : instance.ballots()) {
            for (BigDecimal points : ballot.points()) {
                pointsScale = Math.max(pointsScale, points.stripTrailingZeros().scale());
            }
        }
        BigDecimal pointsFactor = BigDecimal.TEN.pow(pointsScale);
        long pointsDenominator = pointsFactor.longValueExact();

        Map<GroupKey, Integer> groupOf = new HashMap<>();
        List<long[]> groupEntries = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        approvalCount = new long[m];
        long[] totalWeight = new long[m];
        long[] pairs = new long[16];
        for (Ballot ballot : instance.ballots()) {
            List<String> named = ballot.projectIds();
            int length = named.size();
            if (pairs.length < 2 * length) {
                pairs = new long[2 * length];
            }
            int used = 0;
            for (int position = 0; position < length; position++) {
                int p = index.get(named.get(position));
                approvalCount[p]++;
                long weight = weight(sat, ballot, position, length, pointsFactor);
                totalWeight[p] = Math.addExact(totalWeight[p], weight);
                if (weight > 0) {
                    if (weight > Integer.MAX_VALUE) {
                        throw new nl.samenspraak.allocation.AllocationException("points too large: " + ballot.points());
                    }
                    // insertion sort by project: the same projects and weights in another order are the same voter
                    int at = used;
                    while (at > 0 && pairs[at - 2] > p) {
                        pairs[at] = pairs[at - 2];
                        pairs[at + 1] = pairs[at - 1];
                        at -= 2;
                    }
                    pairs[at] = p;
                    pairs[at + 1] = weight;
                    used += 2;
                }
            }
            if (used == 0) {
                continue;
            }
            GroupKey key = new GroupKey(Arrays.copyOf(pairs, used));
            Integer group = groupOf.putIfAbsent(key, groupEntries.size());
            if (group == null) {
                groupEntries.add(key.pairs);
                sizes.add(1L);
            } else {
                sizes.set(group, sizes.get(group) + 1);
            }
        }
        int groups = groupEntries.size();
        groupSize = new long[groups];
        groupProjects = new int[groups][];
        groupWeights = new long[groups][];
        int[] supporterCount = new int[m];
        for (int g = 0; g < groups; g++) {
            groupSize[g] = sizes.get(g);
            long[] entries = groupEntries.get(g);
            groupProjects[g] = new int[entries.length / 2];
            groupWeights[g] = new long[entries.length / 2];
            for (int k = 0; k < entries.length / 2; k++) {
                groupProjects[g][k] = (int) entries[2 * k];
                groupWeights[g][k] = entries[2 * k + 1];
                supporterCount[groupProjects[g][k]]++;
            }
        }
        supporters = new int[m][];
        supporterWeights = new long[m][];
        for (int p = 0; p < m; p++) {
            supporters[p] = new int[supporterCount[p]];
            supporterWeights[p] = new long[supporterCount[p]];
        }
        int[] fill = new int[m];
        for (int g = 0; g < groups; g++) {
            for (int k = 0; k < groupProjects[g].length; k++) {
                int p = groupProjects[g][k];
                supporters[p][fill[p]] = g;
                supporterWeights[p][fill[p]] = groupWeights[g][k];
                fill[p]++;
            }
        }
        scale = new Fraction[m];
        totalSatisfaction = new Fraction[m];
        for (int p = 0; p < m; p++) {
            switch (sat) {
                case COST:
                case ORDINAL_COST:
                    scale[p] = cost[p];
                    break;
                case CARDINAL:
                    scale[p] = Fraction.of(1, pointsDenominator);
                    break;
                case POINTS_COST:
                    scale[p] = cost[p].divide(pointsDenominator);
                    break;
                default:
                    scale[p] = Fraction.ONE;
            }
            totalSatisfaction[p] = scale[p].multiply(totalWeight[p]);
        }
    }

    private static long weight(Satisfaction sat, Ballot ballot, int position, int length, BigDecimal pointsFactor) {
        switch (sat) {
            case COST:
            case CARDINALITY:
                return 1;
            case CARDINAL:
            case POINTS_COST:
                return ballot.points().get(position).multiply(pointsFactor).longValueExact();
            case BORDA:
                return length - position - 1;
            case ORDINAL_COST:
                return length - position;
            default:
                throw new IllegalStateException(sat.toString());
        }
    }

    private static final class GroupKey {
        final long[] pairs;
        final int hash;

        GroupKey(long[] pairs) {
            this.pairs = pairs;
            this.hash = Arrays.hashCode(pairs);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GroupKey && Arrays.equals(((GroupKey) o).pairs, pairs);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    public int projectCount() {
        return ids.length;
    }

    public int groupCount() {
        return groupSize.length;
    }

    /** Sum of costs of the given project indices. */
    public Fraction costOf(Iterable<Integer> projects) {
        Fraction total = Fraction.ZERO;
        for (int p : projects) {
            total = total.add(cost[p]);
        }
        return total;
    }

    public static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
