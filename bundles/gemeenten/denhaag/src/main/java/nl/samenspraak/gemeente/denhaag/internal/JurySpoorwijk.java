package nl.samenspraak.gemeente.denhaag.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.allocation.Ballot;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Project;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.rules.Toewijzingsproces;

/**
 * Spoorwijk: a jury of twelve residents decides. Each member's ballot approves the plans he or she supports;
 * a plan needs a majority of the whole jury (seven of twelve, an absent member counts as not in favour) and
 * the plans with most approvals are funded as far as the budget goes. Ballots beyond the twelfth are set
 * aside. The majority rule and the minimum age of 18 are ASSUMPTIONS: the pilot description names only the
 * twelve-member jury.
 */
@Component(service = Toewijzingsproces.class, property = { Regels.GEMEENTE + "=" + DenHaag.GEMEENTE,
        Toewijzingsproces.PROCES + "=" + JurySpoorwijk.PROCES })
public class JurySpoorwijk extends HaagsWijkbudget {

    static final String PROCES = "jury-spoorwijk";
    static final int JURYLEDEN = 12;
    static final int MEERDERHEID = JURYLEDEN / 2 + 1;

    public JurySpoorwijk() {
        super(PROCES, List.of(DenHaag.SPOORWIJK), new Rondeopzet(Rondeopzet.Besluitvorming.JURY, JURYLEDEN, 0, false, 18, true,
                Rondeopzet.Stembiljet.goedkeuring(), new Reden(artikel("3"),
                        "In Spoorwijk beslist een jury van twaalf bewoners van de wijk over het wijkbudget.")));
    }

    @Override
    Toewijzing beslis(Instance telling, List<Reden> redenen) {
        List<Ballot> jury = telling.ballots();
        if (jury.size() > JURYLEDEN) {
            redenen.add(new Reden(artikel("3"), (jury.size() - JURYLEDEN) + " stem(men) boven de twaalf juryleden zijn niet "
                    + "meegeteld."));
            jury = jury.subList(0, JURYLEDEN);
        }
        Map<String, Integer> steun = new HashMap<>();
        jury.forEach(stem -> stem.projectIds().forEach(id -> steun.merge(id, 1, Integer::sum)));
        List<Project> metMeerderheid = new ArrayList<>();
        List<String> zonder = new ArrayList<>();
        for (Project plan : telling.projects()) {
            if (steun.getOrDefault(plan.id(), 0) >= MEERDERHEID) {
                metMeerderheid.add(plan);
            } else {
                zonder.add(plan.id());
            }
        }
        if (!zonder.isEmpty()) {
            redenen.add(new Reden(artikel("3"), "Zonder steun van ten minste " + MEERDERHEID + " van de " + JURYLEDEN
                    + " juryleden vallen af: " + String.join(", ", zonder) + "."));
        }
        List<Ballot> binnen = new ArrayList<>();
        for (Ballot stem : jury) {
            List<String> ids = stem.projectIds().stream().filter(id -> !zonder.contains(id)).toList();
            binnen.add(new Ballot(stem.voterId(), ids, List.of(), stem.attributes()));
        }
        return super.beslis(new Instance(telling.meta(), telling.budget(), telling.voteType(), metMeerderheid, binnen), redenen);
    }
}
