package nl.samenspraak.api.budget;

import java.time.LocalDate;

/**
 * What a civil servant gives to open a budget. Fields are as entered and may be {@code null} or wrong;
 * {@link BudgetService#validate} tells which.
 *
 * @param wijk CBS wijk code of the gemeente, or {@code null} for a budget of the whole gemeente
 * @param regeling code of the subsidy scheme (lower case letters, digits and hyphens), or {@code null}
 */
public record NieuwBudget(String naam, String wijk, String regeling, LocalDate van, LocalDate tot, Bedrag plafond) {
}
