package nl.samenspraak.allocation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A participatory-budgeting instance: the projects, the budget and the ballots of one vote. {@code meta}
 * holds the Pabulib META section in file order (it includes {@code budget} and {@code vote_type}).
 */
public record Instance(Map<String, String> meta, BigDecimal budget, VoteType voteType, List<Project> projects,
        List<Ballot> ballots) {

    public Instance {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(voteType, "voteType");
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("negative budget " + budget);
        }
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta == null ? Map.of() : meta));
        projects = List.copyOf(projects);
        ballots = List.copyOf(ballots);
        Set<String> ids = new HashSet<>();
        for (Project project : projects) {
            if (!ids.add(project.id())) {
                throw new IllegalArgumentException("project id " + project.id() + " appears twice");
            }
        }
        for (Ballot ballot : ballots) {
            for (String id : ballot.projectIds()) {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException("ballot " + ballot.voterId() + " names unknown project " + id);
                }
            }
            if (voteType.hasPoints() != !ballot.points().isEmpty() && !ballot.projectIds().isEmpty()) {
                throw new IllegalArgumentException("ballot " + ballot.voterId() + (voteType.hasPoints()
                        ? " has no points but the vote type is " : " has points but the vote type is ")
                        + voteType.pabulibName());
            }
        }
    }

    /** An instance without extra metadata, for callers that build one in code. */
    public static Instance of(BigDecimal budget, VoteType voteType, List<Project> projects, List<Ballot> ballots) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("budget", budget.toPlainString());
        meta.put("vote_type", voteType.pabulibName());
        return new Instance(meta, budget, voteType, projects, ballots);
    }

    public Optional<Project> project(String id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<String> metaValue(String key) {
        return Optional.ofNullable(meta.get(key));
    }
}
