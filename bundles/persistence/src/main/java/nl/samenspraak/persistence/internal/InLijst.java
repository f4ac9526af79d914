package nl.samenspraak.persistence.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code IN (?, ?, ...)} list of a lookup by many keys, padded to the next power of two with the first key
 * (which changes no answer): the database then compiles and caches a handful of statement texts, not one per
 * number of keys. Derby keeps 100 compiled statements; a new length costs a compilation and a generated class.
 */
final class InLijst {

    private InLijst() {
    }

    /** The keys padded to the next power of two by repeating the first: bind them in this order. */
    static <T> List<T> opgevuld(List<T> sleutels) {
        if (sleutels.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs a key");
        }
        int macht = Integer.highestOneBit(sleutels.size());
        int lengte = macht == sleutels.size() ? macht : macht << 1;
        List<T> lijst = new ArrayList<>(lengte);
        lijst.addAll(sleutels);
        while (lijst.size() < lengte) {
            lijst.add(sleutels.get(0));
        }
        return lijst;
    }

    /** {@code (?, ?, ...)} with a placeholder for each of these (padded) keys. */
    static String plaatshouders(List<?> opgevuld) {
        return "(?" + ", ?".repeat(opgevuld.size() - 1) + ")";
    }
}
