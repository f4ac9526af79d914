package nl.samenspraak.gemeente.model.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.allocation.AllocationEngine;
import nl.samenspraak.allocation.Ballot;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Outcome;
import nl.samenspraak.allocation.Rule;
import nl.samenspraak.allocation.Satisfaction;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.rules.Toewijzingsproces;

/**
 * The model wijkbudget process: residents of the wijk aged 16 or older vote for feasible plans whose costs
 * together fit the budget, and the Method of Equal Shares divides the budget proportionally (every voter
 * controls an equal share), completed by raising the shares (add-one) and then greedily with what is left.
 * There is no VNG model for wijkbudgetten; this is a proportional default a gemeente can adopt explicitly.
 */
@Component(service = Toewijzingsproces.class, property = { Regels.GEMEENTE + "=" + Regels.MODEL,
        Toewijzingsproces.PROCES + "=" + ModelWijkbudget.PROCES })
public class ModelWijkbudget extends ModelProces {

    static final String PROCES = "stemming-mes";



    static final Rondeopzet OPZET = new Rondeopzet(Rondeopzet.Besluitvorming.STEMMING, 0, 0, true, 16, true,
            Rondeopzet.Stembiljet.binnenBudget(), new Reden(ARTIKEL + "art. 2", "Bewoners van de wijk van 16 jaar en ouder "
                    + "stemmen met een persoonlijke stemcode op haalbare plannen die samen binnen het budget passen."));

    public ModelWijkbudget() {
        super(PROCES, "Modelregeling wijkbudgetten", OPZET);
    }

    @Override
    public Toewijzing wijsToe(Instance ronde) {
        List<Ballot> geldig = ronde.ballots().stream().filter(b -> OPZET.stembiljet().staatToe(b, ronde)).toList();
        Instance telling = new Instance(ronde.meta(), ronde.budget(), ronde.voteType(), ronde.projects(), geldig);
        Outcome uitkomst = AllocationEngine.allocate(telling, Rule.MES_ADD1_GREEDY, Satisfaction.COST);
        int ongeldig = ronde.ballots().size() - geldig.size();
        return new Toewijzing(uitkomst.selectedIds(), uitkomst.explanation(), List.of(OPZET.grondslag(),
                new Reden(ARTIKEL + "art. 3", "De uitslag volgt uit de Method of Equal Shares (kostentevredenheid), aangevuld "
                        + "volgens add-one en daarna gretig; " + geldig.size() + " geldige stem(men)"
                        + (ongeldig > 0 ? ", " + ongeldig + " ongeldig." : "."))));
    }
}
