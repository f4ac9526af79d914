package nl.samenspraak.core.internal.wijkbudget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.samenspraak.allocation.Ballot;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Project;
import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.Stem;

/** A round as the allocation engine sees it: for the ballot paper, the count and the Pabulib export alike. */
final class Telling {

    private Telling() {
    }

    /** The plans that made it onto the ballot: enough support and, where the round checks it, feasible. */
    static List<Plan> opStembiljet(Ronde ronde, List<Plan> plannen) {
        return plannen.stream().filter(p -> p.opStembiljet(ronde.opzet().ondersteunersPerPlan(), ronde.opzet().haalbaarheidstoets()))
                .toList();
    }

    /** The round as the allocation engine sees it; costs and budget in euros, ballots under their voter keys. */
    static Instance instance(Ronde ronde, List<Plan> plannen, List<Stem> stemmen) {
        Map<String, Long> stemmenPerPlan = new LinkedHashMap<>();
        List<Ballot> ballots = new ArrayList<>();
        for (Stem stem : stemmen) {
            stem.plannen().forEach(p -> stemmenPerPlan.merge(p, 1L, Long::sum));
            List<BigDecimal> punten = stem.punten().isEmpty() ? List.of()
                    : stem.plannen().stream().map(p -> BigDecimal.valueOf(stem.punten().get(p))).toList();
            ballots.add(new Ballot(stem.stemmer(), stem.plannen(), punten,
                    Map.of("voting_method", stem.papier() ? "paper" : "internet")));
        }
        List<Project> projecten = plannen.stream().map(p -> new Project(p.id(), euro(p.teBegroten()), p.titel(),
                Map.of("votes", String.valueOf(stemmenPerPlan.getOrDefault(p.id(), 0L))))).toList();
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("instance", ronde.id()); // lets a process seed itself reproducibly, e.g. a lottery
        meta.put("budget", euro(ronde.bedrag()).toPlainString());
        meta.put("vote_type", ronde.opzet().stembiljet().voteType().pabulibName());
        return new Instance(meta, euro(ronde.bedrag()), ronde.opzet().stembiljet().voteType(), projecten, ballots);
    }

    private static BigDecimal euro(Bedrag bedrag) {
        return BigDecimal.valueOf(bedrag.centen()).movePointLeft(2);
    }
}
