package nl.samenspraak.web.internal.werkplek;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.budget.BudgetService;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/** {@code /gemeenten/{gemeente}/werkplek/budgetten}: the gemeente's budgets with their figures from the ledger. */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/werkplek/budgetten")
public class BudgettenPagina implements Pagina {

    @Reference
    private BudgetService budgetten;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Werkplek.ambtenaar(verzoek);
        return Werkplek.pagina("budgetten.ftlh", "Budgetten").met("budgetten", budgetten.list(verzoek.gemeenteVereist().code()));
    }
}
