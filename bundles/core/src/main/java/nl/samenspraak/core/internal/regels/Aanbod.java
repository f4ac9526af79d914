package nl.samenspraak.core.internal.regels;

import java.util.Comparator;
import java.util.Optional;

import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsInfo;

/**
 * One registered rules service, with what is read once when it registers.
 *
 * @param soort the SPI interface it was registered under
 * @param voor the gemeente code (or {@code model}) it serves
 */
record Aanbod(Class<? extends Regels> soort, Regels regels, String voor, Optional<String> sleutel, RegelsInfo info,
        String bundel, String versie, long bundelId, long serviceId, int ranking) {

    /** Whether {@code nieuw} takes the place of this one: the same kind of rules for the same key. */
    boolean vervangenDoor(Aanbod nieuw) {
        return soort == nieuw.soort && voor.equals(nieuw.voor) && sleutel.equals(nieuw.sleutel);
    }

    /** Which service of one kind and key wins on a date: the one that took effect last, then the higher ranking. */
    static final Comparator<Aanbod> VOORRANG = Comparator
            .comparing((Aanbod a) -> a.info().geldigVanaf())
            .thenComparingInt(Aanbod::ranking)
            .thenComparing(Comparator.comparingLong(Aanbod::serviceId).reversed());
}
