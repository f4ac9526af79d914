package nl.samenspraak.rules;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of applying a gemeente's rules to a request, with every reason citing its article.
 *
 * @param uitkomst granted, refused, or incomplete
 * @param bedragInCenten the amount granted in euro cents (0 unless granted, and 0 when no money is involved)
 * @param redenen the reasons, each citing its article; never empty
 */
public record Beoordeling(Uitkomst uitkomst, long bedragInCenten, List<Reden> redenen) {

    public enum Uitkomst {
        TOEGEKEND,
        AFGEWEZEN,
        /** The request misses something; the decision clock stops until it is supplied. */
        AANVULLING_NODIG
    }

    public Beoordeling {
        Objects.requireNonNull(uitkomst, "uitkomst");
        redenen = List.copyOf(redenen);
        if (redenen.isEmpty()) {
            throw new IllegalArgumentException("a decision needs at least one reason citing its article");
        }
        if (bedragInCenten < 0 || (uitkomst != Uitkomst.TOEGEKEND && bedragInCenten != 0)) {
            throw new IllegalArgumentException("bedragInCenten " + bedragInCenten + " does not fit " + uitkomst);
        }
    }

    public static Beoordeling toegekend(long bedragInCenten, List<Reden> redenen) {
        return new Beoordeling(Uitkomst.TOEGEKEND, bedragInCenten, redenen);
    }

    public static Beoordeling afgewezen(List<Reden> redenen) {
        return new Beoordeling(Uitkomst.AFGEWEZEN, 0, redenen);
    }

    public static Beoordeling aanvullingNodig(List<Reden> redenen) {
        return new Beoordeling(Uitkomst.AANVULLING_NODIG, 0, redenen);
    }
}
