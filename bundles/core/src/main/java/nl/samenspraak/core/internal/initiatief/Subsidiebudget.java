package nl.samenspraak.core.internal.initiatief;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.BudgetService;
import nl.samenspraak.api.initiatief.Subsidiegegevens;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;

/**
 * The budget a grant is booked on: the one named, or else the single budget of the scheme whose period
 * holds the day of submission, preferring one for the application's wijk over one for the whole gemeente.
 */
final class Subsidiebudget {

    private Subsidiebudget() {
    }

    static Budget kies(BudgetService budgetten, String gemeente, Subsidiegegevens gegevens, Optional<String> budgetId) {
        LocalDate dag = gegevens.aanvraag().ingediendOp();
        Optional<String> wijk = gegevens.aanvraag().wijk();
        if (budgetId.isPresent()) {
            Budget genoemd = budgetten.find(gemeente, budgetId.get()).orElseThrow(() -> new OngeldigeInvoerException("budgetId",
                    gemeente + " heeft geen budget " + budgetId.get()));
            // a named budget is still one of the scheme: its plafond is the one art. 4:25 Awb speaks of
            if (!past(genoemd, gegevens.regeling(), dag, wijk)) {
                throw new OngeldigeInvoerException("budgetId", "budget '" + genoemd.naam() + "' is niet van regeling '"
                        + gegevens.regeling() + "', dekt " + dag + " niet of is voor een andere wijk");
            }
            return genoemd;
        }
        List<Budget> passend = budgetten.list(gemeente).stream()
                .filter(b -> past(b, gegevens.regeling(), dag, wijk))
                .sorted(Comparator.comparing((Budget b) -> b.wijk().isEmpty()))
                .toList();
        if (passend.isEmpty()) {
            throw new OngeldigeInvoerException("budgetId", "er is geen budget van regeling '" + gegevens.regeling()
                    + "' dat " + dag + wijk.map(w -> " en wijk " + w).orElse("") + " dekt; open er een of noem er een");
        }
        List<Budget> voorWijk = passend.stream().filter(b -> b.wijk().isPresent()).toList();
        List<Budget> kandidaten = voorWijk.isEmpty() ? passend : voorWijk;
        if (kandidaten.size() > 1) {
            throw new OngeldigeInvoerException("budgetId", "meerdere budgetten passen ("
                    + kandidaten.stream().map(Budget::id).toList() + "); noem er een");
        }
        return kandidaten.get(0);
    }

    /** The budget is of the scheme, its period holds the day of submission, and it is for the whole gemeente or the wijk. */
    private static boolean past(Budget b, String regeling, LocalDate dag, Optional<String> wijk) {
        return b.regeling().equals(Optional.of(regeling)) && !dag.isBefore(b.van()) && !dag.isAfter(b.tot())
                && (b.wijk().isEmpty() || b.wijk().equals(wijk));
    }
}
