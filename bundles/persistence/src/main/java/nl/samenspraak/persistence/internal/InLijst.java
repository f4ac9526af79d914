package nl.samenspraak.persistence.internal;

import java.util.List;

/**
 * The {@code IN (?, ?, ...)} list of a lookup by many keys, padded to the next power of two with the first key
 * (which changes no answer): the database then compiles and caches a handful of statement texts, not one per
 * number of keys. Derby keeps 100 compiled statements; a new length costs a compilation and a generated class.
 */
final class InLijst {

    private InLijst() {
    }

    /** The padded length for this many keys (at least one). */
    static int lengte(int sleutels) {
        if (sleutels < 1) {
            throw new IllegalArgumentException("an IN list needs a key");
        }
        int macht = Integer.highestOneBit(sleutels);
        return macht == sleutels ? sleutels : macht << 1;
    }

    /** {@code (?, ?, ...)} with {@link #lengte(int)} placeholders. */
    static String plaatshouders(int sleutels) {
        return "(?" + ", ?".repeat(lengte(sleutels) - 1) + ")";
    }

    /** The key for place {@code k} (from 0) of the padded list. */
    static <T> T sleutel(List<T> sleutels, int k) {
        return sleutels.get(k < sleutels.size() ? k : 0);
    }
}
