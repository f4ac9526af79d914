package nl.samenspraak.api.budget;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a budget's ledger. Entries are never changed or removed; a correction is a new entry.
 *
 * @param volgnummer position in the budget's ledger: 1, 2, 3, ... without gaps, in the order booked
 * @param budgetId the budget it belongs to
 * @param soort what it does to the figures, see {@link Saldo}
 * @param bedrag the amount, always positive
 * @param referentie what it concerns, e.g. the id of a subsidy application, if given
 * @param geboektOp when it was booked
 * @param geboektDoor the name of the user who booked it
 */
public record Boeking(long volgnummer, String budgetId, BoekingSoort soort, Bedrag bedrag, String omschrijving,
        Optional<String> referentie, Instant geboektOp, String geboektDoor) {

    public Boeking {
        Objects.requireNonNull(budgetId, "budgetId");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(bedrag, "bedrag");
        Objects.requireNonNull(omschrijving, "omschrijving");
        Objects.requireNonNull(referentie, "referentie");
        Objects.requireNonNull(geboektOp, "geboektOp");
        Objects.requireNonNull(geboektDoor, "geboektDoor");
    }
}
