package nl.samenspraak.allocation.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

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
    /** Per group, the projects its ballot names with a positive weight. */
    public final int[][] groupProjects;
    /**
     * Per project, the groups with positive satisfaction from it, and their weights. None when the
     * project's scale is 0 (a free project under a cost-based satisfaction): pabutools counts a voter as
     * a supporter only when the satisfaction, not the ballot entry, is positive.
     */
    public final int[][] supporters;
    public final long[][] supporterWeights;
    public final Fraction[] scale;
    /** Total satisfaction per project (including non-positive weights, as pabutools' welfare does). */
    public final Fraction[] totalSatisfaction;
    /** Number of voters whose ballot names the project (approval score). */
    public final long[] approvalCount;

    public Election(Instance instance, Satisfaction sat) {
        this(Profile.of(instance), sat);
    }

    public Election(Profile profile, Satisfaction sat) {
        int m = profile.projects.size();
        Integer[] order = new Integer[m];
        for (int p = 0; p < m; p++) {
            order[p] = p;
        }
        Arrays.sort(order, new ById(profile.projects));
        ids = new String[m];
        cost = new Fraction[m];
        /* rank[i]: the index here of the profile's project i */
        int[] rank = new int[m];
        for (int p = 0; p < m; p++) {
            Project project = profile.projects.get(order[p]);
            ids[p] = project.id();
            cost[p] = Fraction.of(project.cost());
            rank[order[p]] = p;
        }
        budget = Fraction.of(profile.budget);
        ballotCount = profile.ballotCount;

        boolean usesPoints = sat == Satisfaction.CARDINAL || sat == Satisfaction.POINTS_COST;
        int pointsScale = 0;
        if (usesPoints) {
            for (BigDecimal points : profile.points) {
                pointsScale = Math.max(pointsScale, points.stripTrailingZeros().scale());
            }
        }
        BigDecimal pointsFactor = BigDecimal.TEN.pow(pointsScale);
        long pointsDenominator = pointsFactor.longValueExact();

        approvalCount = new long[m];
        long[] totalWeight = new long[m];
        BallotGroups groups = new BallotGroups();
        int[] pairs = new int[16];
        int[] start = profile.start;
        for (int b = 0; b < profile.ballotCount; b++) {
            int from = start[b];
            int length = start[b + 1] - from;
            if (pairs.length < 2 * length) {
                pairs = new int[2 * length];
            }
            int used = 0;
            for (int position = 0; position < length; position++) {
                int p = rank[profile.project[from + position]];
                approvalCount[p]++;
                long weight = weight(sat, profile.points, from + position, position, length, pointsFactor);
                totalWeight[p] = Math.addExact(totalWeight[p], weight);
                if (weight > 0) {
                    if (weight > Integer.MAX_VALUE) {
                        throw new nl.samenspraak.allocation.AllocationException("points too large: " + profile.pointsOf(b));
                    }
                    // insertion sort by project: the same projects and weights in another order are the same voter
                    int at = used;
                    while (at > 0 && pairs[at - 2] > p) {
                        pairs[at] = pairs[at - 2];
                        pairs[at + 1] = pairs[at - 1];
                        at -= 2;
                    }
                    pairs[at] = p;
                    pairs[at + 1] = (int) weight;
                    used += 2;
                }
            }
            if (used > 0) {
                groups.add(pairs, used);
            }
        }
        int groupCount = groups.count;
        groupSize = Arrays.copyOf(groups.size, groupCount);
        groupProjects = new int[groupCount][];
        int[] supporterCount = new int[m];
        for (int g = 0; g < groupCount; g++) {
            int from = groups.start[g];
            int entries = (groups.start[g + 1] - from) / 2;
            int[] projectsOfGroup = new int[entries];
            for (int k = 0; k < entries; k++) {
                projectsOfGroup[k] = groups.pairs[from + 2 * k];
                supporterCount[projectsOfGroup[k]]++;
            }
            groupProjects[g] = projectsOfGroup;
        }
        supporters = new int[m][];
        supporterWeights = new long[m][];
        for (int p = 0; p < m; p++) {
            supporters[p] = new int[supporterCount[p]];
            supporterWeights[p] = new long[supporterCount[p]];
        }
        int[] fill = new int[m];
        for (int g = 0; g < groupCount; g++) {
            for (int at = groups.start[g]; at < groups.start[g + 1]; at += 2) {
                int p = groups.pairs[at];
                supporters[p][fill[p]] = g;
                supporterWeights[p][fill[p]] = groups.pairs[at + 1];
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
            if (scale[p].signum() == 0) {
                supporters[p] = new int[0];
                supporterWeights[p] = new long[0];
            }
        }
    }

    private static long weight(Satisfaction sat, BigDecimal[] points, int entry, int position, int length,
            BigDecimal pointsFactor) {
        switch (sat) {
            case COST:
            case CARDINALITY:
                return 1;
            case CARDINAL:
            case POINTS_COST:
                return points[entry].multiply(pointsFactor).longValueExact();
            case BORDA:
                return length - position - 1;
            case ORDINAL_COST:
                return length - position;
            default:
                throw new IllegalStateException(sat.toString());
        }
    }

    /** Project indices by their projects' ids in code-point order (a class, not a lambda: see ByFractionThenIndex). */
    private static final class ById implements Comparator<Integer> {
        private final List<Project> projects;

        ById(List<Project> projects) {
            this.projects = projects;
        }

        @Override
        public int compare(Integer a, Integer b) {
            return CodePointOrder.INSTANCE.compare(projects.get(a).id(), projects.get(b).id());
        }
    }

    /**
     * Distinct ballots (as sorted project/weight pairs) with their multiplicity: the pairs of all groups
     * back to back in one array, found again through an open-addressing hash table of group numbers.
     */
    private static final class BallotGroups {
        int[] pairs = new int[1024];
        int[] start = new int[1025];
        long[] size = new long[1024];
        int[] hash = new int[1024];
        int count;
        /** Group number + 1 per slot, 0 for empty; the length is a power of two, at most half full. */
        int[] table = new int[1024];

        void add(int[] ballotPairs, int length) {
            int h = hash(ballotPairs, length);
            int mask = table.length - 1;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                int g = table[slot] - 1;
                if (g < 0) {
                    table[slot] = append(ballotPairs, length, h) + 1;
                    if (2 * count > table.length) {
                        growTable();
                    }
                    return;
                }
                if (hash[g] == h && start[g + 1] - start[g] == length
                        && Arrays.equals(pairs, start[g], start[g] + length, ballotPairs, 0, length)) {
                    size[g]++;
                    return;
                }
            }
        }

        private void growTable() {
            table = new int[2 * table.length];
            int mask = table.length - 1;
            for (int g = 0; g < count; g++) {
                int slot = hash[g] & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = g + 1;
            }
        }

        private int append(int[] ballotPairs, int length, int h) {
            int g = count++;
            if (count == size.length) {
                size = Arrays.copyOf(size, 2 * count);
                hash = Arrays.copyOf(hash, 2 * count);
                start = Arrays.copyOf(start, 2 * count + 1);
            }
            int from = start[g];
            if (from + length > pairs.length) {
                pairs = Arrays.copyOf(pairs, Math.max(2 * pairs.length, from + length));
            }
            System.arraycopy(ballotPairs, 0, pairs, from, length);
            start[g + 1] = from + length;
            size[g] = 1;
            hash[g] = h;
            return g;
        }

        private static int hash(int[] values, int length) {
            int h = 1;
            for (int i = 0; i < length; i++) {
                h = 31 * h + values[i];
            }
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
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
