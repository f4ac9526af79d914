package nl.samenspraak.api.budget;

/**
 * A ledger entry as requested. Fields are as entered and may be {@code null} or wrong;
 * {@link BudgetService#book} names each that is.
 *
 * @param referentie what it concerns, e.g. the id of a subsidy application, or {@code null}
 */
public record NieuweBoeking(BoekingSoort soort, Bedrag bedrag, String omschrijving, String referentie) {
}
