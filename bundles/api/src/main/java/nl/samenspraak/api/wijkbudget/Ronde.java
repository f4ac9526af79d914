package nl.samenspraak.api.wijkbudget;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.rules.Rondeopzet;

/**
 * A wijkbudget round: an amount that the residents of one wijk allocate, by the process the gemeente's rules
 * prescribe for that wijk on the round's peildatum. The process, its set-up and the ballot kind are fixed when
 * the round is opened and cannot change once voting has begun.
 *
 * @param budgetId the budget whose ledger receives the grants of the selected plans
 * @param proces key of the gemeente's allocation process ({@link nl.samenspraak.rules.Toewijzingsproces})
 * @param opzet what the process asks of the round: supporters, feasibility check, voters, ballot
 * @param peildatum the day whose rules govern the round (the day it was opened)
 * @param regels where those rules come from
 * @param planning the planned first day of each phase, as announced to residents
 * @param uitslag the result, once the round is closed
 */
public record Ronde(String id, String gemeente, String wijk, String titel, Bedrag bedrag, String budgetId, String proces,
        Rondeopzet opzet, LocalDate peildatum, Besluit.Herkomst regels, Fase fase, Map<Fase, LocalDate> planning,
        String ingesteldDoor, Instant ingesteldOp, Optional<Uitslag> uitslag) {

    public Ronde {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(wijk, "wijk");
        Objects.requireNonNull(titel, "titel");
        Objects.requireNonNull(bedrag, "bedrag");
        Objects.requireNonNull(budgetId, "budgetId");
        Objects.requireNonNull(proces, "proces");
        Objects.requireNonNull(opzet, "opzet");
        Objects.requireNonNull(peildatum, "peildatum");
        Objects.requireNonNull(regels, "regels");
        Objects.requireNonNull(fase, "fase");
        planning = Map.copyOf(planning);
        Objects.requireNonNull(ingesteldDoor, "ingesteldDoor");
        Objects.requireNonNull(ingesteldOp, "ingesteldOp");
        Objects.requireNonNull(uitslag, "uitslag");
    }
}
