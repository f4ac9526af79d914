package nl.samenspraak.api.wijkbudget;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import nl.samenspraak.api.budget.Bedrag;

/**
 * A residents' plan in a round, with its support and the gemeente's feasibility check.
 *
 * @param geschatteKosten the cost the submitter estimated
 * @param steun the number of residents who support it
 * @param haalbaar the outcome of the feasibility check, once made
 * @param toetsing the reason the civil servant gave
 * @param kosten the final cost set by the check; the ballot and the allocation use it
 */
public record Plan(String id, String rondeId, String titel, String omschrijving, Bedrag geschatteKosten, String indiener,
        Instant ingediendOp, long steun, Optional<Boolean> haalbaar, Optional<String> toetsing, Optional<Bedrag> kosten) {

    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rondeId, "rondeId");
        Objects.requireNonNull(titel, "titel");
        Objects.requireNonNull(omschrijving, "omschrijving");
        Objects.requireNonNull(geschatteKosten, "geschatteKosten");
        Objects.requireNonNull(indiener, "indiener");
        Objects.requireNonNull(ingediendOp, "ingediendOp");
        Objects.requireNonNull(haalbaar, "haalbaar");
        Objects.requireNonNull(toetsing, "toetsing");
        Objects.requireNonNull(kosten, "kosten");
    }

    /** The cost the ballot and the allocation use: the checked cost, else the estimate. */
    public Bedrag teBegroten() {
        return kosten.orElse(geschatteKosten);
    }

    /** Whether the plan is on the ballot: enough support and, where the round checks feasibility, feasible. */
    public boolean opStembiljet(int vereisteSteun, boolean haalbaarheidstoets) {
        return steun >= vereisteSteun && (!haalbaarheidstoets || haalbaar.orElse(false));
    }
}
