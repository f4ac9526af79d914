package nl.samenspraak.allocation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One voter's ballot. {@code projectIds} is the approved set (approval), the ranking best first
 * (ordinal) or the projects given points (cumulative/scoring, with {@code points} index-aligned; empty
 * otherwise). {@code attributes} keeps the other Pabulib columns (age, sex, ...).
 */
public record Ballot(String voterId, List<String> projectIds, List<BigDecimal> points, Map<String, String> attributes) {

    public Ballot {
        Objects.requireNonNull(voterId, "voterId");
        projectIds = List.copyOf(projectIds);
        points = List.copyOf(points == null ? List.of() : points);
        if (!points.isEmpty() && points.size() != projectIds.size()) {
            throw new IllegalArgumentException("ballot " + voterId + " names " + projectIds.size()
                    + " projects but gives " + points.size() + " points");
        }
        if (namesAProjectTwice(projectIds)) {
            throw new IllegalArgumentException("ballot " + voterId + " names a project twice: " + projectIds);
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes == null ? Map.of() : attributes));
    }

    /** Pairwise for the short lists of real ballots (no set per ballot); a set beyond that. */
    private static boolean namesAProjectTwice(List<String> projectIds) {
        int size = projectIds.size();
        if (size > 32) {
            return new java.util.HashSet<>(projectIds).size() != size;
        }
        for (int i = 1; i < size; i++) {
            String id = projectIds.get(i);
            for (int j = 0; j < i; j++) {
                if (projectIds.get(j).equals(id)) {
                    return true;
                }
            }
        }
        return false;
    }

    public static Ballot approval(String voterId, String... projectIds) {
        return new Ballot(voterId, List.of(projectIds), List.of(), Map.of());
    }

    public static Ballot ordinal(String voterId, String... rankedBestFirst) {
        return new Ballot(voterId, List.of(rankedBestFirst), List.of(), Map.of());
    }

    /** {@code scored("v1", "a", 3, "b", 1)}: alternating project id and points. */
    public static Ballot scored(String voterId, Object... idAndPoints) {
        List<String> ids = new java.util.ArrayList<>();
        List<BigDecimal> points = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < idAndPoints.length; i += 2) {
            ids.add((String) idAndPoints[i]);
            points.add(new BigDecimal(idAndPoints[i + 1].toString()));
        }
        return new Ballot(voterId, ids, points, Map.of());
    }
}
