package nl.samenspraak.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A request under the uitdaagrecht (Right to Challenge) to take over the actual execution of a municipal
 * task, with or without its budget.
 *
 * @param ontvangenOp the day the request was received: the ordinance in force on that day judges it
 * @param taak the municipal task, as named by the gemeente
 * @param metBudget whether the budget of the task is asked for too
 * @param gevraagdInCenten the budget asked, in euro cents (0 without budget)
 * @param ondersteuners number of residents who support the request
 * @param onderbouwing what the request demonstrates
 */
public record Uitdaagverzoek(LocalDate ontvangenOp, String taak, boolean metBudget, long gevraagdInCenten,
        int ondersteuners, Set<Onderbouwing> onderbouwing) {

    /** Conditions the model ordinance (VNG) asks a challenger to show. */
    public enum Onderbouwing {
        MAATSCHAPPELIJKE_MEERWAARDE,
        DRAAGVLAK_IN_BUURT,
        DESKUNDIGHEID_EN_CONTINUITEIT,
        BEGROTING_EN_FINANCIERING,
        RECHTSPERSOON
    }

    public Uitdaagverzoek {
        Objects.requireNonNull(ontvangenOp, "ontvangenOp");
        Objects.requireNonNull(taak, "taak");
        onderbouwing = Set.copyOf(onderbouwing);
        if (gevraagdInCenten < 0 || (!metBudget && gevraagdInCenten != 0)) {
            throw new IllegalArgumentException("gevraagdInCenten " + gevraagdInCenten + " does not fit metBudget " + metBudget);
        }
    }
}
