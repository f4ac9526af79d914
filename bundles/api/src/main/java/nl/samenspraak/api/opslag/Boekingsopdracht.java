package nl.samenspraak.api.opslag;

import java.util.Objects;

import nl.samenspraak.api.budget.NieuweBoeking;

/** An entry to book on a budget as part of a change stored in the same transaction. */
public record Boekingsopdracht(String budgetId, NieuweBoeking boeking) {
    public Boekingsopdracht {
        Objects.requireNonNull(budgetId, "budgetId");
        Objects.requireNonNull(boeking, "boeking");
    }
}
