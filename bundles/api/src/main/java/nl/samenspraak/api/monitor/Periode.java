package nl.samenspraak.api.monitor;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * The days an indicator counts, both ends included; an open end counts everything on that side.
 */
public record Periode(Optional<LocalDate> van, Optional<LocalDate> totEnMet) {

    public static final Periode ALTIJD = new Periode(Optional.empty(), Optional.empty());

    public Periode {
        Objects.requireNonNull(van, "van");
        Objects.requireNonNull(totEnMet, "totEnMet");
    }

    public static Periode jaar(int jaar) {
        Year y = Year.of(jaar);
        return new Periode(Optional.of(y.atDay(1)), Optional.of(y.atMonth(12).atEndOfMonth()));
    }

    public boolean bevat(LocalDate dag) {
        return van.map(v -> !dag.isBefore(v)).orElse(true) && totEnMet.map(t -> !dag.isAfter(t)).orElse(true);
    }
}
