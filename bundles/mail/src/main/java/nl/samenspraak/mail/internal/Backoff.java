package nl.samenspraak.mail.internal;

import java.time.Duration;

/**
 * How long a message waits after a failed attempt: doubling from {@code eerste} up to {@code hoogste}, so a
 * server that is down for a minute is retried within a minute, and one down for a day is not hammered.
 */
record Backoff(Duration eerste, Duration hoogste) {

    static final Backoff STANDAARD = new Backoff(Duration.ofSeconds(10), Duration.ofHours(1));

    /** The wait after the given number of failed attempts (1 for the first failure). */
    Duration na(int pogingen) {
        if (pogingen < 1) {
            return Duration.ZERO;
        }
        int verdubbelingen = Math.min(pogingen - 1, 30);
        Duration wacht = eerste.multipliedBy(1L << verdubbelingen);
        return wacht.compareTo(hoogste) > 0 ? hoogste : wacht;
    }
}
