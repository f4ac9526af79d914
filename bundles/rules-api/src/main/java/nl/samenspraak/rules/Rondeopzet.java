package nl.samenspraak.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import nl.samenspraak.allocation.Ballot;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.VoteType;

/**
 * What a wijkbudget round needs before {@link Toewijzingsproces#wijsToe} can decide it: who may propose and
 * vote, which plans reach the ballot and what a ballot looks like. The platform sets up the round from this;
 * the process itself only decides.
 *
 * @param besluitvorming who decides: the residents by vote, or a resident jury
 * @param juryleden the size of the jury (0 unless {@link Besluitvorming#JURY})
 * @param ondersteunersPerPlan how many residents must support a plan before it reaches the ballot (0 for none)
 * @param haalbaarheidstoets whether the gemeente checks each plan's feasibility before it reaches the ballot
 * @param minimumleeftijd minimum age of voters (or jury members) in years, 0 for none
 * @param alleenWijkbewoners whether only residents of the wijk may vote (or sit on the jury)
 * @param stembiljet what one ballot may hold
 * @param grondslag the article that sets this up
 */
public record Rondeopzet(Besluitvorming besluitvorming, int juryleden, int ondersteunersPerPlan,
        boolean haalbaarheidstoets, int minimumleeftijd, boolean alleenWijkbewoners, Stembiljet stembiljet,
        Reden grondslag) {

    public enum Besluitvorming {
        /** The residents vote; an allocation rule turns the ballots into the funded plans. */
        STEMMING,
        /** A resident jury decides; each member's choice is one ballot. */
        JURY
    }

    public Rondeopzet {
        Objects.requireNonNull(besluitvorming, "besluitvorming");
        Objects.requireNonNull(stembiljet, "stembiljet");
        Objects.requireNonNull(grondslag, "grondslag");
        if ((besluitvorming == Besluitvorming.JURY) != (juryleden > 0) || juryleden < 0) {
            throw new IllegalArgumentException("juryleden " + juryleden + " does not fit " + besluitvorming);
        }
        if (ondersteunersPerPlan < 0 || minimumleeftijd < 0) {
            throw new IllegalArgumentException("ondersteunersPerPlan and minimumleeftijd must not be negative");
        }
    }

    /**
     * What one ballot may hold.
     *
     * @param wijze the kind of ballot
     * @param maximum the most plans ({@link Wijze#GOEDKEURING_MAX_PLANNEN}) or points ({@link Wijze#PUNTEN_VERDELEN})
     *                per ballot; 0 for the other kinds
     */
    public record Stembiljet(Wijze wijze, int maximum) {

        public enum Wijze {
            /** Approve any number of plans. */
            GOEDKEURING,
            /** Approve at most {@code maximum} plans. */
            GOEDKEURING_MAX_PLANNEN,
            /** Approve plans whose costs together stay within the round's budget. */
            GOEDKEURING_BINNEN_BUDGET,
            /** Spread {@code maximum} points over the plans (cumulative). */
            PUNTEN_VERDELEN
        }

        public Stembiljet {
            Objects.requireNonNull(wijze, "wijze");
            boolean metMaximum = wijze == Wijze.GOEDKEURING_MAX_PLANNEN || wijze == Wijze.PUNTEN_VERDELEN;
            if (metMaximum ? maximum < 1 : maximum != 0) {
                throw new IllegalArgumentException("maximum " + maximum + " does not fit " + wijze);
            }
        }

        public static Stembiljet goedkeuring() {
            return new Stembiljet(Wijze.GOEDKEURING, 0);
        }

        public static Stembiljet maxPlannen(int plannen) {
            return new Stembiljet(Wijze.GOEDKEURING_MAX_PLANNEN, plannen);
        }

        public static Stembiljet binnenBudget() {
            return new Stembiljet(Wijze.GOEDKEURING_BINNEN_BUDGET, 0);
        }

        public static Stembiljet punten(int punten) {
            return new Stembiljet(Wijze.PUNTEN_VERDELEN, punten);
        }

        /** The Pabulib vote type of a round with this ballot. */
        public VoteType voteType() {
            return switch (wijze) {
                case PUNTEN_VERDELEN -> VoteType.CUMULATIVE;
                case GOEDKEURING_MAX_PLANNEN -> maximum == 1 ? VoteType.CHOOSE_1 : VoteType.APPROVAL;
                case GOEDKEURING, GOEDKEURING_BINNEN_BUDGET -> VoteType.APPROVAL;
            };
        }

        /** Whether the ballot keeps to this kind in this round (plans, their number or cost, the points). */
        public boolean staatToe(Ballot ballot, Instance ronde) {
            Map<String, BigDecimal> kosten = new HashMap<>();
            ronde.projects().forEach(p -> kosten.put(p.id(), p.cost()));
            if (!kosten.keySet().containsAll(ballot.projectIds())) {
                return false;
            }
            return switch (wijze) {
                case GOEDKEURING -> ballot.points().isEmpty();
                case GOEDKEURING_MAX_PLANNEN -> ballot.points().isEmpty() && ballot.projectIds().size() <= maximum;
                case GOEDKEURING_BINNEN_BUDGET -> ballot.points().isEmpty() && ballot.projectIds().stream()
                        .map(kosten::get).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(ronde.budget()) <= 0;
                case PUNTEN_VERDELEN -> ballot.points().stream().allMatch(p -> p.signum() >= 0)
                        && ballot.points().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                                .compareTo(BigDecimal.valueOf(maximum)) <= 0;
            };
        }
    }
}
