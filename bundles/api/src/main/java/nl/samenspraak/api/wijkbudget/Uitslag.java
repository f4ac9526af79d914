package nl.samenspraak.api.wijkbudget;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.rules.Reden;

/**
 * The result of a round as the allocation process decided it, booked on the wijk's budget.
 *
 * @param gekozen the funded plans' ids, in the order the process chose them
 * @param toegewezen the total cost of the funded plans
 * @param resterend what remains of the round's amount
 * @param uitleg how the process reached its choice, step by step, in plain Dutch
 * @param redenen the articles of the gemeente's rules that were applied
 * @param regels the rules that decided (the process in force on the round's peildatum when it closed)
 */
public record Uitslag(List<String> gekozen, Bedrag toegewezen, Bedrag resterend, long digitaleStemmen, long papierenStemmen,
        String uitleg, List<Reden> redenen, Besluit.Herkomst regels, String vastgesteldDoor, Instant vastgesteldOp) {

    public Uitslag {
        gekozen = List.copyOf(gekozen);
        Objects.requireNonNull(toegewezen, "toegewezen");
        Objects.requireNonNull(resterend, "resterend");
        Objects.requireNonNull(uitleg, "uitleg");
        redenen = List.copyOf(redenen);
        Objects.requireNonNull(regels, "regels");
        Objects.requireNonNull(vastgesteldDoor, "vastgesteldDoor");
        Objects.requireNonNull(vastgesteldOp, "vastgesteldOp");
    }
}
