package nl.samenspraak.core.internal.regels;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

import nl.samenspraak.core.internal.regels.GeinstalleerdeRegels.Aanbod;

/**
 * Bridges the gap a {@code Bundle.update} leaves: the old rules service is unregistered before the new one
 * registers. A withdrawn rules service leaves an open gap for a bounded time; a lookup that finds nothing but
 * would have been answered by a withdrawn service waits until a replacement registers, the gap is closed
 * because none is coming (the bundle was uninstalled or stopped for good), or the bridge time runs out.
 * Lookups that no open gap concerns (other gemeenten, other kinds of rules) never wait and never lock.
 */
final class Overbrugging {

    /** Time and waiting, replaceable in tests so that no test depends on timing. */
    interface Klok {
        long nanos();

        /** Waits for a signal on {@code veranderd} (whose lock the caller holds) for at most {@code nanos}. */
        void wacht(Condition veranderd, long nanos) throws InterruptedException;
    }

    static final Klok SYSTEEM = new Klok() {
        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public void wacht(Condition veranderd, long nanos) throws InterruptedException {
            veranderd.awaitNanos(nanos);
        }
    };

    /** A withdrawn rules service nothing has replaced yet, open until {@code tot} (in {@link Klok#nanos()}). */
    private record Gat(Aanbod weg, long tot) {
    }

    private final Klok klok;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition veranderd = lock.newCondition();
    /** Changed under {@link #lock} only; read without it by the fast path. */
    private final List<Gat> gaten = new CopyOnWriteArrayList<>();
    private volatile long brugNanos;

    Overbrugging(Klok klok, long brugMillis) {
        this.klok = klok;
        brug(brugMillis);
    }

    void brug(long millis) {
        brugNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
    }

    /** A rules service went away: lookups it would have answered wait for its replacement for a while. */
    void weg(Aanbod weg) {
        if (brugNanos == 0) {
            return;
        }
        lock.lock();
        try {
            long nu = klok.nanos();
            gaten.removeIf(g -> g.tot() - nu <= 0);
            gaten.add(new Gat(weg, nu + brugNanos));
        } finally {
            lock.unlock();
        }
    }

    /** A rules service registered: it closes the gaps of the services it replaces and wakes every waiter. */
    void erbij(Aanbod nieuw) {
        if (gaten.isEmpty()) {
            return;
        }
        sluit(gat -> gat.weg().vervangenDoor(nieuw));
    }

    /** The bundle will not bring its rules back (uninstalled, or stopped for good): stop waiting for them. */
    void komtNietTerug(long bundelId) {
        if (gaten.isEmpty()) {
            return;
        }
        sluit(gat -> gat.weg().bundelId() == bundelId);
    }

    private void sluit(Predicate<Gat> welke) {
        lock.lock();
        try {
            gaten.removeIf(welke);
            veranderd.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * What {@code zoek} finds; when it finds nothing while an open gap concerns {@code vraag}, waits (bounded)
     * and looks again whenever a service registers or a gap closes.
     */
    Optional<Aanbod> zoek(Predicate<Aanbod> vraag, Supplier<Optional<Aanbod>> zoek) {
        Optional<Aanbod> gevonden = zoek.get();
        if (gevonden.isPresent() || gaten.isEmpty()) {
            return gevonden;
        }
        lock.lock();
        try {
            while (true) {
                // looked up again under the lock: a service registering meanwhile signals only after this
                gevonden = zoek.get();
                if (gevonden.isPresent()) {
                    return gevonden;
                }
                long nu = klok.nanos();
                gaten.removeIf(g -> g.tot() - nu <= 0);
                Optional<Long> tot = gaten.stream().filter(g -> vraag.test(g.weg())).map(Gat::tot)
                        .max(Long::compare);
                if (tot.isEmpty()) {
                    return Optional.empty();
                }
                klok.wacht(veranderd, tot.get() - nu);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }
}
