package nl.samenspraak.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which regulation a rules service implements and when it is in force.
 *
 * @param titel the regulation's official title, e.g. "Inspraakverordening 's-Gravenhage 2010"
 * @param vindplaats where a resident reads it (e.g. a CVDR or lokaleregelgeving.overheid.nl reference)
 * @param geldigVanaf first day in force
 * @param geldigTot last day in force, empty while in force without end
 */
public record RegelsInfo(String titel, String vindplaats, LocalDate geldigVanaf, Optional<LocalDate> geldigTot) {

    public RegelsInfo {
        Objects.requireNonNull(titel, "titel");
        Objects.requireNonNull(vindplaats, "vindplaats");
        Objects.requireNonNull(geldigVanaf, "geldigVanaf");
        Objects.requireNonNull(geldigTot, "geldigTot");
        if (geldigTot.isPresent() && geldigTot.get().isBefore(geldigVanaf)) {
            throw new IllegalArgumentException("geldigTot " + geldigTot.get() + " ligt voor geldigVanaf " + geldigVanaf);
        }
    }

    public static RegelsInfo vanaf(String titel, String vindplaats, LocalDate geldigVanaf) {
        return new RegelsInfo(titel, vindplaats, geldigVanaf, Optional.empty());
    }

    public RegelsInfo tot(LocalDate laatsteDag) {
        return new RegelsInfo(titel, vindplaats, geldigVanaf, Optional.of(laatsteDag));
    }

    public boolean geldigOp(LocalDate datum) {
        return !datum.isBefore(geldigVanaf) && geldigTot.map(tot -> !datum.isAfter(tot)).orElse(true);
    }

    /** True when both are in force on some common day. */
    public boolean overlaptMet(RegelsInfo andere) {
        LocalDate eindeDeze = geldigTot.orElse(LocalDate.MAX);
        LocalDate eindeAndere = andere.geldigTot.orElse(LocalDate.MAX);
        return !geldigVanaf.isAfter(eindeAndere) && !andere.geldigVanaf.isAfter(eindeDeze);
    }
}
