package nl.samenspraak.gemeente.denhaag.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.rules.Toewijzingsproces;

/**
 * Moerwijk, Nieuw Waldeck, Zeeheldenkwartier and Bezuidenhout: a plan needs 25 supporters and passes the
 * gemeente's feasibility check; then residents of 18 or older, with a personal voting code, divide the
 * budget: each ballot approves plans whose costs together stay within the budget. The plans with most votes
 * that fit are funded.
 */
@Component(service = Toewijzingsproces.class, property = { Regels.GEMEENTE + "=" + DenHaag.GEMEENTE,
        Toewijzingsproces.PROCES + "=" + WijkbudgetStemming.PROCES })
public class WijkbudgetStemming extends HaagsWijkbudget {

    static final String PROCES = "stemming-wijkbudget";

    static final int ONDERSTEUNERS_PER_PLAN = 25;

    public WijkbudgetStemming() {
        super(PROCES, List.of(DenHaag.MOERWIJK, DenHaag.NIEUW_WALDECK, DenHaag.ZEEHELDENKWARTIER, DenHaag.BEZUIDENHOUT),
                new Rondeopzet(Rondeopzet.Besluitvorming.STEMMING, 0, ONDERSTEUNERS_PER_PLAN, true, 18, true,
                        Rondeopzet.Stembiljet.binnenBudget(), new Reden(artikel("5"),
                                "Een plan met ten minste 25 steunbetuigingen dat de haalbaarheidstoets doorstaat, komt op "
                                        + "het stembiljet; bewoners van de wijk van 18 jaar en ouder verdelen met een "
                                        + "persoonlijke stemcode het budget.")));
    }
}
