package nl.samenspraak.gemeente.denhaag.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.rules.Toewijzingsproces;

/**
 * Mariahoeve: the residents vote among the ideas. ASSUMPTIONS, as the pilot description says no more: each
 * resident of 18 or older votes for one idea, and the ideas with most votes are funded while the budget lasts.
 */
@Component(service = Toewijzingsproces.class, property = { Regels.GEMEENTE + "=" + DenHaag.GEMEENTE,
        Toewijzingsproces.PROCES + "=" + StemmingMariahoeve.PROCES })
public class StemmingMariahoeve extends HaagsWijkbudget {

    static final String PROCES = "stemming-mariahoeve";

    public StemmingMariahoeve() {
        super(PROCES, List.of(DenHaag.MARIAHOEVE), new Rondeopzet(Rondeopzet.Besluitvorming.STEMMING, 0, 0, false, 18, true,
                Rondeopzet.Stembiljet.maxPlannen(1), new Reden(artikel("4"),
                        "In Mariahoeve kiezen de bewoners door een stemming tussen de ideeën; ieder stemt op één idee.")));
    }
}
