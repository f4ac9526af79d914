package nl.samenspraak.core.internal.monitor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Vergelijking;
import nl.samenspraak.api.monitor.Waarde;

/**
 * A gemeente's figures beside the medians of the other participating gemeenten, all of them and those of similar
 * size. A median is given over {@link Vergelijking#MINIMUM} other gemeenten or more, never over fewer: with fewer, a
 * gemeente that knows some of the others could work out one gemeente's figure.
 */
final class Benchmark {

    private Benchmark() {
    }

    /** Per round or per traject: those figures have no counterpart in another gemeente. */
    static boolean vergelijkbaar(Indicator indicator) {
        return !indicator.sleutel().startsWith("wijkbudget.") && !indicator.sleutel().equals("deelnemers.per_traject");
    }

    /**
     * @param perGemeente the indicators of every participating gemeente, the gemeente itself included
     * @param inwoners the inhabitants configured per gemeente (the sum over its wijken), 0 when unknown
     */
    static List<Vergelijking> vergelijk(String eigen, Map<String, List<Indicator>> perGemeente, Map<String, Long> inwoners) {
        long grootte = inwoners.getOrDefault(eigen, 0L);
        List<Vergelijking> vergelijkingen = new ArrayList<>();
        for (Indicator indicator : perGemeente.getOrDefault(eigen, List.of())) {
            if (!vergelijkbaar(indicator)) {
                continue;
            }
            for (Waarde waarde : indicator.waarden()) {
                List<BigDecimal> alle = new ArrayList<>();
                List<BigDecimal> vergelijkbaar = new ArrayList<>();
                perGemeente.forEach((gemeente, indicatoren) -> {
                    if (gemeente.equals(eigen)) {
                        return;
                    }
                    getal(indicatoren, indicator.sleutel(), waarde.sleutel()).ifPresent(g -> {
                        alle.add(g);
                        if (vergelijkbareGrootte(grootte, inwoners.getOrDefault(gemeente, 0L))) {
                            vergelijkbaar.add(g);
                        }
                    });
                });
                Optional<BigDecimal> mediaanAlle = mediaan(alle);
                Optional<BigDecimal> mediaanVergelijkbaar = mediaan(vergelijkbaar);
                vergelijkingen.add(new Vergelijking(indicator.sleutel(), waarde.sleutel(), indicator.label() + ": " + waarde.label(),
                        waarde.eenheid(), waarde.getal(), mediaanAlle, mediaanAlle.isPresent() ? alle.size() : 0,
                        mediaanVergelijkbaar, mediaanVergelijkbaar.isPresent() ? vergelijkbaar.size() : 0));
            }
        }
        return vergelijkingen;
    }

    /** Half to twice as many inhabitants; unknown sizes compare with nothing. */
    static boolean vergelijkbareGrootte(long eigen, long ander) {
        return eigen > 0 && ander > 0 && ander * 2 >= eigen && ander <= eigen * 2;
    }

    /** The median, over at least the minimum of figures: the middle one, or the mean of the two middle ones. */
    static Optional<BigDecimal> mediaan(List<BigDecimal> getallen) {
        if (getallen.size() < Vergelijking.MINIMUM) {
            return Optional.empty();
        }
        List<BigDecimal> gesorteerd = getallen.stream().sorted().toList();
        int midden = gesorteerd.size() / 2;
        if (gesorteerd.size() % 2 == 1) {
            return Optional.of(gesorteerd.get(midden));
        }
        BigDecimal a = gesorteerd.get(midden - 1);
        BigDecimal b = gesorteerd.get(midden);
        return Optional.of(a.add(b).divide(BigDecimal.valueOf(2), Math.max(a.scale(), b.scale()) + 1, RoundingMode.HALF_UP));
    }

    private static Optional<BigDecimal> getal(List<Indicator> indicatoren, String indicator, String waarde) {
        return indicatoren.stream().filter(i -> i.sleutel().equals(indicator)).flatMap(i -> i.waarden().stream())
                .filter(w -> w.sleutel().equals(waarde)).findFirst().flatMap(Waarde::getal);
    }
}
