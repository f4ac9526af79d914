package nl.samenspraak.itests;

import static org.junit.Assert.fail;

import java.time.Duration;
import java.util.function.Supplier;

/** Waiting without sleeping blindly: poll a condition until it holds, with a bound that fails loudly. */
final class Polling {

    private static final long INTERVAL_MILLIS = 100;

    private Polling() {
    }

    /**
     * Polls until {@code missing} answers empty. On time-out the failure says what was still missing, followed
     * by {@code explanation} (for instance the container's last log lines), so a failure in CI explains itself.
     */
    static void awaitNothingMissing(String what, Duration timeout, Supplier<String> missing,
            Supplier<String> explanation) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String stillMissing;
        while (!(stillMissing = missing.get()).isEmpty()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out after " + timeout.toSeconds() + " s waiting until " + what + "; still: " + stillMissing
                        + explanation.get());
            }
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("Interrupted while waiting until " + what);
            }
        }
    }
}
