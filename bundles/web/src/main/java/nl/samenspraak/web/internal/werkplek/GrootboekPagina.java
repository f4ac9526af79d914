package nl.samenspraak.web.internal.werkplek;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.BudgetNietGevondenException;
import nl.samenspraak.api.budget.BudgetService;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/werkplek/budgetten/{id}}: one budget's ledger, every entry with who booked it when;
 * {@code ?formaat=csv} downloads it as CSV.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/werkplek/budgetten/{id}")
public class GrootboekPagina implements Pagina {

    @Reference
    private BudgetService budgetten;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Werkplek.ambtenaar(verzoek);
        String gemeente = verzoek.gemeenteVereist().code();
        Budget budget = budgetten.find(gemeente, verzoek.pad("id"))
                .orElseThrow(() -> new BudgetNietGevondenException(gemeente, verzoek.pad("id")));
        if (verzoek.parameter("formaat").filter("csv"::equals).isPresent()) {
            return Antwoord.bestand(new Antwoord.Bestand("text/csv;charset=UTF-8", "grootboek-" + budget.id() + ".csv",
                    Grootboekexport.csv(budgetten.ledger(gemeente, budget.id()))));
        }
        return Werkplek.pagina("grootboek.ftlh", "Grootboek: " + budget.naam()).met("budget", budget)
                .met("boekingen", budgetten.ledger(gemeente, budget.id()));
    }
}
