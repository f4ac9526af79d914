package nl.samenspraak.core.internal.regels;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;



/**
 * Makes a rules bundle's update or start invisible to requests. A bundle registers its rules services one by
 * one, in any order, some milliseconds apart; {@code Bundle.update} first unregisters all of the old ones.
 * While a bundle is in such a transition ({@link Wissel}), a lookup it concerns waits until the bundle has
 * settled (running with every rules service of its components registered, or not coming back), each lookup
 * bounded by the bridge time, and then looks again: a request sees the old rules or the new ones, never a half-registered
 * set.
 *
 * <p>Which lookups a transition concerns: for a bundle that served rules before (an update), every lookup for
 * the gemeenten (rules keys) it served or serves, found or not, since a half-registered set may hold an older
 * version that a newer one would override on that date. For a bundle starting for the first time, whose
 * gemeenten are not known until it has settled, only lookups that find nothing. Lookups that no transition
 * concerns never wait and never lock.
 */
final class Overbrugging {

    private static final Logger LOG = LoggerFactory.getLogger(Overbrugging.class);

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

    /** Whether a bundle has settled: see {@link GeinstalleerdeRegels#klaar(long)}. */
    interface Bundelstand {
        boolean klaar(long bundelId);

        /** Told once a bundle's transition has closed because it settled. */
        default void gesloten(long bundelId) {
        }
    }

    /**
     * A bundle being updated or started; its gemeenten are known once it has served rules. A bundle that
     * begins a new transition before the last one closed (a second update right after the first) renews it:
     * its {@link #ronde} moves on and its time starts again, so a verdict "settled" about the previous round
     * cannot close the new one.
     */
    private static final class Wissel {
        final long bundelId;
        final String bundel;
        final String waarom;
        volatile boolean voorBekend;
        final Set<String> voor = ConcurrentHashMap.newKeySet();
        final long sinds;
        volatile long tot;
        /** Changed under the bridge's lock only. */
        volatile long ronde;
        final AtomicInteger wachtenden = new AtomicInteger();

        Wissel(long bundelId, String bundel, String waarom, Set<String> voor, long sinds, long tot) {
            this.bundelId = bundelId;
            this.bundel = bundel;
            this.waarom = waarom;
            this.voorBekend = !voor.isEmpty();
            this.voor.addAll(voor);
            this.sinds = sinds;
            this.tot = tot;
        }

        boolean betreft(String sleutel, boolean gevonden) {
            return voorBekend ? voor.contains(sleutel) : !gevonden;
        }

        String voor() {
            return voor.isEmpty() ? "gemeente nog onbekend" : String.join(", ", new TreeSet<>(voor));
        }
    }

    private final Klok klok;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition veranderd = lock.newCondition();
    /** By bundle id; changed under {@link #lock} only, read without it by the fast path. */
    private final Map<Long, Wissel> wissels = new ConcurrentHashMap<>();
    /** How many transitions have closed: a lookup during which one closed looks again before it answers. */
    private final AtomicLong gesloten = new AtomicLong();
    private volatile long brugNanos;

    Overbrugging(Klok klok, long brugMillis) {
        this.klok = klok;
        brug(brugMillis);
    }

    void brug(long millis) {
        brugNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
    }

    long brugMillis() {
        return TimeUnit.NANOSECONDS.toMillis(brugNanos);
    }

    boolean openstaand() {
        return !wissels.isEmpty();
    }

    /** The bundles in transition now. */
    Set<Long> bundels() {
        return Set.copyOf(wissels.keySet());
    }

    /**
     * A bundle begins a transition: it is stopping to be updated or refreshed ({@code voor} the gemeenten it
     * served), or starting ({@code voor} empty when it has not served rules yet). A bundle already in one
     * renews it (see {@link Wissel}).
     */
    void begint(long bundelId, String bundel, String waarom, Set<String> voor) {
        begint(bundelId, bundel, waarom, voor, brugNanos);
    }

    /** As {@link #begint(long, String, String, Set)}, bounded by {@code nanos} instead of the bridge time. */
    void begint(long bundelId, String bundel, String waarom, Set<String> voor, long nanos) {
        if (brugNanos == 0) {
            return;
        }
        lock.lock();
        try {
            long nu = klok.nanos();
            Wissel open = wissels.get(bundelId);
            if (open != null) {
                open.ronde++;
                open.tot = Math.max(open.tot, nu + nanos);
                if (!voor.isEmpty()) { // it served rules: from now on every lookup for them waits
                    open.voor.addAll(voor);
                    open.voorBekend = true;
                }
                return;
            }
            Wissel wissel = new Wissel(bundelId, bundel, waarom, voor, nu, nu + nanos);
            wissels.put(bundelId, wissel);
            LOG.info("Rules bridge: {} {} ({}); requests {} wait until it has settled, at most {} ms", bundel,
                    waarom, wissel.voor(), wissel.voorBekend ? "for " + wissel.voor() : "that find no rules",
                    TimeUnit.NANOSECONDS.toMillis(nanos));
        } finally {
            lock.unlock();
        }
    }

    /**
     * A rules service is about to leave: its bundle is (again) in transition, also when no bundle event said
     * so (e.g. its component was deactivated).
     */
    void weg(Aanbod weg) {
        begint(weg.bundelId(), weg.bundel() + " " + weg.versie(), "withdrew a rules service", Set.of(weg.voor()));
    }

    /** The transition of {@code bundelId}, if open, lasts at least {@code nanos} from now (same round). */
    void verleng(long bundelId, long nanos) {
        lock.lock();
        try {
            Wissel open = wissels.get(bundelId);
            if (open != null) {
                open.tot = Math.max(open.tot, klok.nanos() + nanos);
            }
        } finally {
            lock.unlock();
        }
    }

    /** A rules service registered: waiters look again (they still wait while its bundle has not settled). */
    void erbij(Aanbod nieuw) {
        Wissel wissel = wissels.get(nieuw.bundelId());
        if (wissel != null) {
            wissel.voor.add(nieuw.voor());
        }
        if (!wissels.isEmpty()) {
            signaleer();
        }
    }

    /** The bundle will not bring its rules back (uninstalled, or stopped for good): stop waiting for it. */
    void komtNietTerug(long bundelId, String hoe) {
        Wissel wissel = wissels.get(bundelId);
        if (wissel != null) {
            sluit(wissel, "is " + hoe + ": not waiting for its rules", false);
        }
    }

    /**
     * Closes the transitions of bundles that have settled, and those whose bridge time ran out. Run often
     * while {@link #openstaand()}; {@code stand} is asked outside the lock (it may call into the framework).
     */
    void kijk(Bundelstand stand) {
        for (Wissel wissel : List.copyOf(wissels.values())) {
            // the verdict holds for the round it was asked in: a bundle may begin its next update meanwhile
            long ronde = wissel.ronde;
            if (stand.klaar(wissel.bundelId)) {
                if (sluit(wissel, ronde, "has settled", false)) {
                    stand.gesloten(wissel.bundelId);
                }
            } else if (wissel.tot - klok.nanos() <= 0) {
                sluit(wissel, ronde, "did not settle", true);
            }
        }
    }

    private boolean sluit(Wissel wissel, String hoe, boolean teLaat) {
        return sluit(wissel, -1, hoe, teLaat);
    }

    /** Closes the transition, if still open and (unless {@code ronde} is -1) still in that round. */
    private boolean sluit(Wissel wissel, long ronde, String hoe, boolean teLaat) {
        lock.lock();
        try {
            if ((ronde >= 0 && wissel.ronde != ronde) || wissels.get(wissel.bundelId) != wissel) {
                return false;
            }
            // counted before it is gone: a lookup that sees it gone also sees the count changed
            gesloten.incrementAndGet();
            wissels.remove(wissel.bundelId, wissel);
            long duur = TimeUnit.NANOSECONDS.toMillis(klok.nanos() - wissel.sinds);
            String tekst = "Rules bridge: {} {} after {} ms ({}); {} requests waited for it";
            Object[] argumenten = { wissel.bundel, hoe, duur, wissel.voor(), wissel.wachtenden.get() };
            if (teLaat) {
                LOG.warn(tekst + "; requests it concerns no longer wait (see samenspraak:regels and the health check)",
                        argumenten);
            } else {
                LOG.info(tekst, argumenten);
            }
            veranderd.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void signaleer() {
        lock.lock();
        try {
            veranderd.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * What {@code zoek} finds for rules key {@code voor}; while a transition concerns the lookup, waits
     * (bounded) and looks again whenever a service registers or a transition closes.
     */
    Optional<Aanbod> zoek(String voor, Supplier<Optional<Aanbod>> zoek) {
        long geslotenVooraf = gesloten.get();
        Optional<Aanbod> gevonden = zoek.get();
        // a transition that closed while this lookup ran may have concerned it: then look again (below)
        if (gesloten.get() == geslotenVooraf && (wissels.isEmpty() || betrokken(voor, gevonden.isPresent()).isEmpty())) {
            return gevonden;
        }
        long begin = klok.nanos();
        // a request never waits longer than the bridge time, however long a transition lasts (the start may)
        long uiterlijk = begin + brugNanos;
        Set<Wissel> gewacht = ConcurrentHashMap.newKeySet();
        lock.lock();
        try {
            while (true) {
                // looked up again under the lock: a change meanwhile signals only after this
                gevonden = zoek.get();
                long nu = klok.nanos();
                List<Wissel> betrokken = betrokken(voor, gevonden.isPresent()).stream()
                        .filter(w -> w.tot - nu > 0).toList();
                if (betrokken.isEmpty() || uiterlijk - nu <= 0) {
                    return gevonden;
                }
                for (Wissel wissel : betrokken) {
                    if (gewacht.add(wissel)) {
                        wissel.wachtenden.incrementAndGet();
                    }
                }
                long tot = Math.min(uiterlijk, betrokken.stream().mapToLong(w -> w.tot).max().getAsLong());
                klok.wacht(veranderd, tot - nu);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return gevonden;
        } finally {
            lock.unlock();
            long gewachtNanos = klok.nanos() - begin;
            if (LOG.isDebugEnabled()) {
                LOG.debug("Rules bridge: a lookup for {} waited {} ms for {}", voor,
                        TimeUnit.NANOSECONDS.toMillis(gewachtNanos), gewacht.stream().map(w -> w.bundel).toList());
            }
        }
    }

    private List<Wissel> betrokken(String voor, boolean gevonden) {
        return wissels.values().stream().filter(w -> w.betreft(voor, gevonden)).toList();
    }
}
