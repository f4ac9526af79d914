package nl.samenspraak.api.initiatief;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.rules.Beoordeling;

/**
 * What the rules advise on a subsidy application before anyone decides, for the civil servant who decides.
 *
 * @param beoordeling the scheme's outcome, amount and reasons, each citing its article
 * @param peildatum the day of submission, whose rules apply
 * @param regels the rules that gave the advice (title, vindplaats, bundle and version)
 * @param budget the budget a grant would be booked on, with what is left in it now
 * @param budgetProbleem why no budget fits (none or several), when {@code budget} is empty
 */
public record Subsidieadvies(Beoordeling beoordeling, LocalDate peildatum, Besluit.Herkomst regels, Optional<Budget> budget,
        Optional<String> budgetProbleem) {

    public Subsidieadvies {
        Objects.requireNonNull(beoordeling, "beoordeling");
        Objects.requireNonNull(peildatum, "peildatum");
        Objects.requireNonNull(regels, "regels");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(budgetProbleem, "budgetProbleem");
    }
}
