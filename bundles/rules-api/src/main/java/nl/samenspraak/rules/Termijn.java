package nl.samenspraak.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A term with the article that sets it, e.g. six weeks under art. 3:16 Awb.
 */
public record Termijn(Period duur, Reden grondslag) {

    public Termijn {
        Objects.requireNonNull(duur, "duur");
        Objects.requireNonNull(grondslag, "grondslag");
    }

    public static Termijn weken(int weken, String artikel, String toelichting) {
        return new Termijn(Period.ofWeeks(weken), new Reden(artikel, toelichting));
    }

    /** The last day of a term whose first day is {@code begin} (as art. 3:16 lid 2 Awb counts). */
    public LocalDate laatsteDag(LocalDate begin) {
        return begin.plus(duur).minusDays(1);
    }
}
