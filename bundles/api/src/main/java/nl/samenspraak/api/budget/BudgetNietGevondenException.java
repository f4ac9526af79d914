package nl.samenspraak.api.budget;

import nl.samenspraak.api.validatie.DomeinException;

/**
 * No budget with this id belongs to this gemeente. Also thrown when the id is a budget of another gemeente:
 * a caller can never tell the two apart.
 */
public class BudgetNietGevondenException extends DomeinException {

    private static final long serialVersionUID = 1L;

    private final String gemeente;
    private final String budgetId;

    public BudgetNietGevondenException(String gemeente, String budgetId) {
        super(Aard.NIET_GEVONDEN, "Gemeente " + gemeente + " heeft geen budget met id '" + budgetId + "'");
        this.gemeente = gemeente;
        this.budgetId = budgetId;
    }

    public String gemeente() {
        return gemeente;
    }

    public String budgetId() {
        return budgetId;
    }
}
