package nl.samenspraak.api.initiatief;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Reden;

/**
 * A decision on an initiative, with everything a resident needs to object (bezwaar): the outcome, the
 * reasons with their articles, and which rules (title, bundle and version) made it on which date. Never
 * changed or removed; a later decision on the same initiative is a new Besluit.
 *
 * @param soort what was decided
 * @param bedrag the amount granted or settled, if money is involved
 * @param peildatum the date whose rules applied (the day of submission, not of the decision)
 * @param regels the rules that made it
 */
public record Besluit(String id, String initiatiefId, Besluittype soort, Beoordeling.Uitkomst uitkomst,
        Optional<Bedrag> bedrag, List<Reden> redenen, LocalDate peildatum, Herkomst regels, String genomenDoor,
        Instant genomenOp) {

    public enum Besluittype {
        SUBSIDIEVERLENING,
        SUBSIDIEVASTSTELLING,
        UITDAAGRECHT
    }

    /**
     * Where the rules of a besluit came from, copied into the besluit so it stays explainable after the bundle
     * is updated or removed.
     */
    public record Herkomst(String titel, String vindplaats, LocalDate geldigVanaf, Optional<LocalDate> geldigTot,
            String bundel, String bundelversie) {

        public Herkomst {
            Objects.requireNonNull(titel, "titel");
            Objects.requireNonNull(vindplaats, "vindplaats");
            Objects.requireNonNull(geldigVanaf, "geldigVanaf");
            Objects.requireNonNull(geldigTot, "geldigTot");
            Objects.requireNonNull(bundel, "bundel");
            Objects.requireNonNull(bundelversie, "bundelversie");
        }
    }

    public Besluit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(initiatiefId, "initiatiefId");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(uitkomst, "uitkomst");
        Objects.requireNonNull(bedrag, "bedrag");
        redenen = List.copyOf(redenen);
        Objects.requireNonNull(peildatum, "peildatum");
        Objects.requireNonNull(regels, "regels");
        Objects.requireNonNull(genomenDoor, "genomenDoor");
        Objects.requireNonNull(genomenOp, "genomenOp");
        if (redenen.isEmpty()) {
            throw new IllegalArgumentException("a besluit states its reasons");
        }
    }

    /**
     * The last day to object (bezwaar): six weeks after the day of notice, counted from the day after (art. 6:7
     * and 6:8 Awb); the day of notice is the day the besluit was taken, in Dutch time.
     */
    public java.time.LocalDate bezwaarTot() {
        return genomenOp.atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate().plusWeeks(6);
    }
}
