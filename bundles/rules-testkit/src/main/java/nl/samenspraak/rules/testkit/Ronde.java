package nl.samenspraak.rules.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.samenspraak.allocation.Ballot;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Project;
import nl.samenspraak.allocation.VoteType;

/**
 * Builds a wijkbudget round ({@link Instance}) in whole euros: plans with their cost and ballots.
 *
 * <pre>
 * ronde(50_000).plan("speeltuin", 20_000).plan("bankjes", 5_000).stem("bewoner-1", "speeltuin").stemmen(3, "bankjes")
 * </pre>
 */
public final class Ronde {

    private final BigDecimal budget;
    private VoteType soort = VoteType.APPROVAL;
    private final List<Project> plannen = new ArrayList<>();
    private final List<Ballot> stemmen = new ArrayList<>();

    Ronde(long budgetInEuro) {
        budget = BigDecimal.valueOf(budgetInEuro);
    }

    public Ronde soort(VoteType stemwijze) {
        soort = stemwijze;
        return this;
    }

    public Ronde plan(String id, long kostenInEuro) {
        plannen.add(new Project(id, BigDecimal.valueOf(kostenInEuro), id, Map.of()));
        return this;
    }

    /** One approval ballot. */
    public Ronde stem(String stemmer, String... plannenIds) {
        stemmen.add(Ballot.approval(stemmer, plannenIds));
        return this;
    }

    /** {@code aantal} identical approval ballots from new voters. */
    public Ronde stemmen(int aantal, String... plannenIds) {
        for (int i = 0; i < aantal; i++) {
            stem("stemmer-" + (stemmen.size() + 1), plannenIds);
        }
        return this;
    }

    /** One ballot with points: {@code punten("v1", "a", 3, "b", 2)}; switches the round to cumulative. */
    public Ronde punten(String stemmer, Object... idEnPunten) {
        soort = VoteType.CUMULATIVE;
        stemmen.add(Ballot.scored(stemmer, idEnPunten));
        return this;
    }

    public Instance bouw() {
        return Instance.of(budget, soort, plannen, stemmen);
    }
}
