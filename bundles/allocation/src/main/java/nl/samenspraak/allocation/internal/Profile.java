package nl.samenspraak.allocation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.samenspraak.allocation.Ballot;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Project;
import nl.samenspraak.allocation.VoteType;

/**
 * An instance with its ballots as project indices rather than {@link Ballot} records: what the rules
 * need, and what {@code bin/allocate} reads straight from a file without a string or record per ballot.
 * Ballot {@code b} names the projects {@code projects.get(project[k])} for {@code k} from {@code start[b]}
 * to {@code start[b + 1]}, in ballot order, each at most once; {@code points[k]} are their points when the
 * vote type has points, else {@code points} is null.
 */
public final class Profile {

    public final Map<String, String> meta;
    public final BigDecimal budget;
    public final VoteType voteType;
    public final List<Project> projects;
    /** Number of ballots, empty ones included. */
    public final int ballotCount;
    final int[] start;
    final int[] project;
    final BigDecimal[] points;

    public Profile(Map<String, String> meta, BigDecimal budget, VoteType voteType, List<Project> projects,
            int ballotCount, int[] start, int[] project, BigDecimal[] points) {
        this.meta = Objects.requireNonNull(meta, "meta");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.voteType = Objects.requireNonNull(voteType, "voteType");
        this.projects = List.copyOf(projects);
        this.ballotCount = ballotCount;
        this.start = start;
        this.project = project;
        this.points = points;
    }

    /** The profile of an instance built from records (the API's way in). */
    public static Profile of(Instance instance) {
        List<Project> projects = instance.projects();
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p < projects.size(); p++) {
            index.put(projects.get(p).id(), p);
        }
        List<Ballot> ballots = instance.ballots();
        int entries = 0;
        for (Ballot ballot : ballots) {
            entries += ballot.projectIds().size();
        }
        int[] start = new int[ballots.size() + 1];
        int[] project = new int[entries];
        BigDecimal[] points = instance.voteType().hasPoints() ? new BigDecimal[entries] : null;
        int k = 0;
        for (int b = 0; b < ballots.size(); b++) {
            Ballot ballot = ballots.get(b);
            List<String> ids = ballot.projectIds();
            for (int i = 0; i < ids.size(); i++, k++) {
                project[k] = index.get(ids.get(i));
                if (points != null) {
                    points[k] = ballot.points().get(i);
                }
            }
            start[b + 1] = k;
        }
        return new Profile(instance.meta(), instance.budget(), instance.voteType(), projects, ballots.size(), start,
                project, points);
    }

    /** The points of ballot {@code b}, for messages. */
    List<BigDecimal> pointsOf(int b) {
        List<BigDecimal> of = new ArrayList<>();
        for (int k = start[b]; k < start[b + 1]; k++) {
            of.add(points == null ? null : points[k]);
        }
        return of;
    }
}
