package nl.samenspraak.api.initiatief;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.rules.Subsidieaanvraag;

/**
 * A bewonersinitiatief's subsidy application and what became of it.
 *
 * @param regeling key of the subsidy scheme applied under, e.g. {@code bewonersinitiatief}
 * @param aanvraag the application as the scheme judges it; its {@code ingediendOp} picks the rules
 * @param beslistTot the last day for the besluit: the scheme's beslistermijn from submission, moved on by
 *        every day the application waited for aanvulling
 * @param opgeschortSinds the day the clock stopped, while aanvulling is asked
 * @param budgetId the budget the grant is booked on, once granted
 * @param verleend the amount granted
 * @param werkelijkeKosten the actual costs the verantwoording reported
 * @param verantwoording the initiative's report
 * @param vastgesteld the settled amount (at most {@code verleend})
 */
public record Subsidiegegevens(String regeling, Subsidieaanvraag aanvraag, LocalDate beslistTot,
        Optional<LocalDate> opgeschortSinds, Optional<String> budgetId, Optional<Bedrag> verleend,
        Optional<Bedrag> werkelijkeKosten, Optional<String> verantwoording, Optional<Bedrag> vastgesteld)
        implements Gegevens {

    public Subsidiegegevens {
        Objects.requireNonNull(regeling, "regeling");
        Objects.requireNonNull(aanvraag, "aanvraag");
        Objects.requireNonNull(beslistTot, "beslistTot");
        Objects.requireNonNull(opgeschortSinds, "opgeschortSinds");
        Objects.requireNonNull(budgetId, "budgetId");
        Objects.requireNonNull(verleend, "verleend");
        Objects.requireNonNull(werkelijkeKosten, "werkelijkeKosten");
        Objects.requireNonNull(verantwoording, "verantwoording");
        Objects.requireNonNull(vastgesteld, "vastgesteld");
    }

    public static Subsidiegegevens aangevraagd(String regeling, Subsidieaanvraag aanvraag, LocalDate beslistTot) {
        return new Subsidiegegevens(regeling, aanvraag, beslistTot, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public Initiatiefsoort soort() {
        return Initiatiefsoort.BEWONERSINITIATIEF;
    }

    public Bedrag gevraagd() {
        return Bedrag.centen(aanvraag.gevraagdInCenten());
    }

    /** The clock stops: aanvulling is asked on {@code op}. */
    public Subsidiegegevens opgeschort(LocalDate op) {
        return new Subsidiegegevens(regeling, aanvraag, beslistTot, Optional.of(op), budgetId, verleend, werkelijkeKosten,
                verantwoording, vastgesteld);
    }

    /** The clock runs again with the supplemented application; the term moves on by the days it stood still. */
    public Subsidiegegevens aangevuld(Subsidieaanvraag aangevuld, LocalDate op) {
        LocalDate nieuweTermijn = opgeschortSinds.map(sinds -> beslistTot.plusDays(Math.max(0, op.toEpochDay() - sinds.toEpochDay())))
                .orElse(beslistTot);
        return new Subsidiegegevens(regeling, aangevuld, nieuweTermijn, Optional.empty(), budgetId, verleend,
                werkelijkeKosten, verantwoording, vastgesteld);
    }

    public Subsidiegegevens verleend(String budget, Bedrag bedrag) {
        return new Subsidiegegevens(regeling, aanvraag, beslistTot, Optional.empty(), Optional.of(budget), Optional.of(bedrag),
                werkelijkeKosten, verantwoording, vastgesteld);
    }

    public Subsidiegegevens verantwoord(Bedrag kosten, String verslag) {
        return new Subsidiegegevens(regeling, aanvraag, beslistTot, opgeschortSinds, budgetId, verleend, Optional.of(kosten),
                Optional.of(verslag), vastgesteld);
    }

    public Subsidiegegevens vastgesteld(Bedrag bedrag) {
        return new Subsidiegegevens(regeling, aanvraag, beslistTot, opgeschortSinds, budgetId, verleend, werkelijkeKosten,
                verantwoording, Optional.of(bedrag));
    }
}
