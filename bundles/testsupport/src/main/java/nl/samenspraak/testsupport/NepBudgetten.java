package nl.samenspraak.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.Boeking;
import nl.samenspraak.api.budget.BoekingSoort;
import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.BudgetService;
import nl.samenspraak.api.budget.NieuwBudget;
import nl.samenspraak.api.budget.NieuweBoeking;
import nl.samenspraak.api.budget.PlafondOverschredenException;
import nl.samenspraak.api.budget.Saldo;
import nl.samenspraak.api.opslag.Boekingsopdracht;
import nl.samenspraak.api.validatie.Overtreding;

/** Budgets with their saldo; bookings under the plafond rule, all of a change or none. */
public final class NepBudgetten implements BudgetService {
    public final Map<String, Budget> budgetten = new LinkedHashMap<>();
    public final List<Geboekt> geboekt = new ArrayList<>();

    public String open(String gemeente, String naam, String wijk, String regeling, long plafond) {
        return open(gemeente, naam, wijk, regeling, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), plafond);
    }

    public String open(String gemeente, String naam, String wijk, String regeling, LocalDate van, LocalDate tot, long plafond) {
        String id = UUID.randomUUID().toString();
        budgetten.put(id, new Budget(id, gemeente, naam, Optional.ofNullable(wijk), Optional.ofNullable(regeling), van, tot,
                Saldo.leeg(Bedrag.centen(plafond))));
        return id;
    }

    /** Books all or nothing; a grant beyond what is available is refused like the ledger refuses it. */
    public void boek(String gemeente, List<Boekingsopdracht> opdrachten) {
        Map<String, Saldo> nieuw = new HashMap<>();
        for (Boekingsopdracht o : opdrachten) {
            Budget b = find(gemeente, o.budgetId()).orElseThrow(() -> new IllegalStateException("no budget " + o.budgetId()));
            Saldo saldo = nieuw.getOrDefault(b.id(), b.saldo());
            NieuweBoeking boeking = o.boeking();
            if ((boeking.soort() == BoekingSoort.TOEKENNING || boeking.soort() == BoekingSoort.RESERVERING)
                    && boeking.bedrag().groterDan(saldo.beschikbaar())) {
                throw new PlafondOverschredenException(boeking.soort(), boeking.bedrag(), saldo.beschikbaar());
            }
            nieuw.put(b.id(), saldo.met(boeking.soort(), boeking.bedrag()));
        }
        nieuw.forEach((id, saldo) -> {
            Budget b = budgetten.get(id);
            budgetten.put(id, new Budget(b.id(), b.gemeente(), b.naam(), b.wijk(), b.regeling(), b.van(), b.tot(), saldo));
        });
        opdrachten.forEach(o -> geboekt.add(new Geboekt(o.budgetId(), o.boeking().soort(), o.boeking().bedrag(),
                o.boeking().referentie())));
    }

    @Override
    public List<Budget> list(String gemeente) {
        return budgetten.values().stream().filter(b -> b.gemeente().equals(gemeente)).toList();
    }

    @Override
    public Optional<Budget> find(String gemeente, String budgetId) {
        return Optional.ofNullable(budgetten.get(budgetId)).filter(b -> b.gemeente().equals(gemeente));
    }

    @Override
    public List<Overtreding> validate(String gemeente, NieuwBudget nieuw) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Budget create(String gemeente, NieuwBudget nieuw) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Overtreding> validate(NieuweBoeking boeking) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Boeking book(String gemeente, String budgetId, NieuweBoeking boeking, String door) {
        throw new UnsupportedOperationException("the service books through the store, in the change's transaction");
    }

    @Override
    public List<Boeking> ledger(String gemeente, String budgetId) {
        throw new UnsupportedOperationException();
    }

    /** A booking as the store handed it over. */
    public record Geboekt(String budget, BoekingSoort soort, Bedrag bedrag, String referentie) {
    }
}
