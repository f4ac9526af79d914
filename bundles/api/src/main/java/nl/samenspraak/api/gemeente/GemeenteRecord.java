package nl.samenspraak.api.gemeente;

import java.time.Instant;
import java.util.Optional;

/**
 * What the platform has stored about a gemeente it has ever served. The record outlives the gemeente's
 * configuration: removing the configuration only sets {@code removedAt}.
 */
public record GemeenteRecord(String code, String naam, Instant firstConfigured, Instant lastConfigured,
        Optional<Instant> removedAt) {
}
