package nl.samenspraak.core.internal.monitor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Means, medians and shares as exact decimals, empty where there is nothing to compute them from. */
final class Statistiek {

    private Statistiek() {
    }

    /** The mean, to {@code decimalen} decimals (half up). */
    static Optional<BigDecimal> gemiddelde(Collection<? extends Number> getallen, int decimalen) {
        if (getallen.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal som = getallen.stream().map(g -> new BigDecimal(g.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(som.divide(BigDecimal.valueOf(getallen.size()), decimalen, RoundingMode.HALF_UP));
    }

    /** The median: the middle value, or the mean of the two middle ones, to one decimal. */
    static Optional<BigDecimal> mediaan(Collection<Long> getallen) {
        if (getallen.isEmpty()) {
            return Optional.empty();
        }
        List<Long> gesorteerd = getallen.stream().sorted().toList();
        int midden = gesorteerd.size() / 2;
        BigDecimal mediaan = gesorteerd.size() % 2 == 1 ? BigDecimal.valueOf(gesorteerd.get(midden))
                : BigDecimal.valueOf(gesorteerd.get(midden - 1) + gesorteerd.get(midden)).divide(BigDecimal.valueOf(2));
        return Optional.of(mediaan.setScale(1, RoundingMode.HALF_UP));
    }

    /** {@code deel} of {@code geheel} in percent, to one decimal; empty when {@code geheel} is 0. */
    static Optional<BigDecimal> procent(long deel, long geheel) {
        if (geheel == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(deel).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(geheel), 1,
                RoundingMode.HALF_UP));
    }
}
