package nl.samenspraak.api.monitor;

import java.util.Objects;
import java.util.Optional;

import nl.samenspraak.api.initiatief.Initiatiefsoort;

/**
 * Which records the indicators count; an empty field selects all.
 *
 * @param jaar the calendar year
 * @param wijk a CBS wijk code: only initiatives and rounds of that wijk
 * @param soort only initiatives of this kind (wijkbudget rounds count when no kind is chosen)
 */
public record Monitorfilter(Optional<Integer> jaar, Optional<String> wijk, Optional<Initiatiefsoort> soort) {

    public static final Monitorfilter ALLES = new Monitorfilter(Optional.empty(), Optional.empty(), Optional.empty());

    public Monitorfilter {
        Objects.requireNonNull(jaar, "jaar");
        Objects.requireNonNull(wijk, "wijk");
        Objects.requireNonNull(soort, "soort");
    }

    public Periode periode() {
        return jaar.map(Periode::jaar).orElse(Periode.ALTIJD);
    }
}
