package nl.samenspraak.core.internal.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Slows down guessing per key (a user name, a client address): the first {@code vrij} failures cost nothing;
 * after that each attempt must wait, twice as long with every further failure, up to {@code maximum}. A success
 * forgets the key, and so does a quiet {@code vergeten} after the last failure: there is no permanent lock-out.
 * Remembers at most {@code capaciteit} keys (the least recently failed go first), so a flood of keys cannot
 * exhaust memory.
 */
public final class Afremmer {

    private record Stand(int mislukt, long laatste) {
    }

    private final int vrij;
    private final Duration eerste;
    private final Duration maximum;
    private final Duration vergeten;
    private final LongSupplier nanos;
    private final Map<String, Stand> standen;

    public Afremmer(int vrij, Duration eerste, Duration maximum, Duration vergeten, int capaciteit, LongSupplier nanos) {
        this.vrij = vrij;
        this.eerste = eerste;
        this.maximum = maximum;
        this.vergeten = vergeten;
        this.nanos = nanos;
        this.standen = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Stand> oudste) {
                return size() > capaciteit;
            }
        };
    }

    /** How long this key must still wait before its next attempt; empty when it may try now. */
    public synchronized Optional<Duration> wachttijd(String sleutel) {
        Stand stand = standen.get(sleutel);
        if (stand == null) {
            return Optional.empty();
        }
        long nu = nanos.getAsLong();
        if (nu - stand.laatste() >= vergeten.toNanos()) {
            standen.remove(sleutel);
            return Optional.empty();
        }
        if (stand.mislukt() < vrij) {
            return Optional.empty();
        }
        long resterend = stand.laatste() + wacht(stand.mislukt()).toNanos() - nu;
        return resterend > 0 ? Optional.of(Duration.ofNanos(resterend)) : Optional.empty();
    }

    public synchronized void mislukt(String sleutel) {
        Stand stand = standen.get(sleutel);
        standen.put(sleutel, new Stand(stand == null ? 1 : stand.mislukt() + 1, nanos.getAsLong()));
    }

    public synchronized void gelukt(String sleutel) {
        standen.remove(sleutel);
    }

    /** The wait after {@code mislukt} failures: {@code eerste}, doubled per failure past the free ones. */
    private Duration wacht(int mislukt) {
        int verdubbelingen = Math.min(30, mislukt - vrij);
        Duration wacht = eerste.multipliedBy(1L << verdubbelingen);
        return wacht.compareTo(maximum) > 0 ? maximum : wacht;
    }
}
