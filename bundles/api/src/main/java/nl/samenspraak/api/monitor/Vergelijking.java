package nl.samenspraak.api.monitor;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure of a gemeente beside the median of the other gemeenten that take part in the benchmark. A median is
 * given only over at least {@link #MINIMUM} other gemeenten, so it never is one named gemeente's figure; which
 * gemeenten these are is not told.
 *
 * @param indicator the indicator's key, e.g. {@code besluiten.binnen_termijn}
 * @param waarde the figure's key within it, e.g. {@code aandeel}
 * @param eigen this gemeente's own figure
 * @param mediaanAlle the median over all other participating gemeenten with a figure
 * @param aantalAlle how many other gemeenten that median is over (0 when below the minimum)
 * @param mediaanVergelijkbaar the median over those of similar size (half to twice the inhabitants)
 */
public record Vergelijking(String indicator, String waarde, String label, Eenheid eenheid, Optional<BigDecimal> eigen,
        Optional<BigDecimal> mediaanAlle, int aantalAlle, Optional<BigDecimal> mediaanVergelijkbaar, int aantalVergelijkbaar) {

    /** The fewest other gemeenten a median is given over. */
    public static final int MINIMUM = 5;

    public Vergelijking {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(waarde, "waarde");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(eenheid, "eenheid");
        Objects.requireNonNull(eigen, "eigen");
        Objects.requireNonNull(mediaanAlle, "mediaanAlle");
        Objects.requireNonNull(mediaanVergelijkbaar, "mediaanVergelijkbaar");
    }
}
