package nl.samenspraak.rest.internal;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Runs a task once for a burst of requests: each request postpones the run until no request came for a quiet
 * period, but never beyond a longest wait after the first request of the burst. A request made while the task runs
 * plans another run.
 */
final class Bundelaar {

    private final ScheduledExecutorService planner;
    private final Runnable taak;
    private final long rustNanos;
    private final long hoogstensNanos;
    private final LongSupplier klok;

    private ScheduledFuture<?> gepland;
    private long ronde;
    private long eersteVraag;

    Bundelaar(ScheduledExecutorService planner, Runnable taak, long rustMs, long hoogstensMs, LongSupplier klok) {
        this.planner = planner;
        this.taak = taak;
        this.rustNanos = TimeUnit.MILLISECONDS.toNanos(rustMs);
        this.hoogstensNanos = TimeUnit.MILLISECONDS.toNanos(hoogstensMs);
        this.klok = klok;
    }

    synchronized void vraag() {
        long nu = klok.getAsLong();
        if (gepland == null || !gepland.cancel(false)) {
            eersteVraag = nu; // a new burst; or the planned run has started, perhaps without what this request is for
        }
        long wacht = Math.max(0, Math.min(rustNanos, eersteVraag + hoogstensNanos - nu));
        long dezeRonde = ++ronde;
        gepland = planner.schedule(() -> draai(dezeRonde), wacht, TimeUnit.NANOSECONDS);
    }

    private void draai(long dezeRonde) {
        synchronized (this) {
            if (dezeRonde == ronde) {
                gepland = null;
            }
        }
        taak.run();
    }
}
