package nl.samenspraak.core.internal.wijkbudget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

import nl.samenspraak.api.opslag.WijkbudgetStore;
import nl.samenspraak.api.wijkbudget.Stem;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException;

/**
 * Group commit for ballots. A durable commit waits for the disk, so one commit per ballot caps a round at the
 * disk's commits per second, whatever the processor could do. Here a writer thread takes every ballot that
 * arrived while the previous batch was written and stores those of one round in one transaction
 * ({@link WijkbudgetStore#stemAlle}). Each caller waits until its own ballot is durable or refused, so what a
 * voter is told is exactly what is stored.
 */
final class Stemrij {

    /** Enough for every client of a busy node at once; more only lengthens a batch's transaction. */
    static final int PARTIJ = 256;

    private final WijkbudgetStore store;
    private final BlockingQueue<Wachtend> wachtend = new LinkedBlockingQueue<>();
    private final List<Thread> schrijvers = new ArrayList<>();
    private volatile boolean gestopt;

    private record Wachtend(String gemeente, String rondeId, Stem stem, CompletableFuture<Stem> uitkomst) {
    }

    Stemrij(WijkbudgetStore store, String naam) {
        this(store, naam, 1);
    }

    /**
     * @param schrijvers how many batches may be written at once: with more than one, a batch is checked and
     *        inserted while the previous one waits for the disk
     */
    Stemrij(WijkbudgetStore store, String naam, int schrijvers) {
        if (schrijvers < 1) {
            throw new IllegalArgumentException("at least one writer, not " + schrijvers);
        }
        this.store = store;
        for (int i = 1; i <= schrijvers; i++) {
            Thread schrijver = new Thread(this::schrijf, schrijvers == 1 ? naam : naam + "-" + i);
            schrijver.setDaemon(true);
            this.schrijvers.add(schrijver);
        }
        this.schrijvers.forEach(Thread::start);
    }

    /**
     * Stores the ballot with those that arrive at the same time.
     *
     * @throws StemGeweigerdException as {@link WijkbudgetStore#stem} would
     */
    Stem stem(String gemeente, String rondeId, Stem stem) {
        Wachtend w = new Wachtend(gemeente, rondeId, stem, new CompletableFuture<>());
        wachtend.add(w);
        if (gestopt) { // stopped while this one was added: no writer takes it any more
            wachtend.remove(w);
            throw gestopt();
        }
        try {
            return w.uitkomst().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Stops the writer; ballots still waiting are refused, none is lost half-way (each batch is one transaction). */
    void stop() {
        gestopt = true;
        schrijvers.forEach(Thread::interrupt);
        try {
            for (Thread schrijver : schrijvers) {
                schrijver.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Wachtend> rest = new ArrayList<>();
        wachtend.drainTo(rest);
        rest.forEach(w -> w.uitkomst().completeExceptionally(gestopt()));
    }

    private static IllegalStateException gestopt() {
        return new IllegalStateException("De stembus is gesloten: het platform stopt of start opnieuw");
    }

    private void schrijf() {
        List<Wachtend> partij = new ArrayList<>();
        while (!gestopt) {
            try {
                partij.add(wachtend.take());
            } catch (InterruptedException e) {
                return;
            }
            wachtend.drainTo(partij, PARTIJ - 1);
            perRonde(partij).values().forEach(this::bewaar);
            partij.clear();
        }
    }

    private static Map<String, List<Wachtend>> perRonde(List<Wachtend> partij) {
        Map<String, List<Wachtend>> perRonde = new LinkedHashMap<>();
        partij.forEach(w -> perRonde.computeIfAbsent(w.gemeente() + "/" + w.rondeId(), k -> new ArrayList<>()).add(w));
        return perRonde;
    }

    private void bewaar(List<Wachtend> ronde) {
        Wachtend eerste = ronde.get(0);
        try {
            List<Optional<RuntimeException>> uitkomsten = store.stemAlle(eerste.gemeente(), eerste.rondeId(),
                    ronde.stream().map(Wachtend::stem).toList());
            for (int i = 0; i < ronde.size(); i++) {
                Wachtend w = ronde.get(i);
                uitkomsten.get(i).ifPresentOrElse(w.uitkomst()::completeExceptionally, () -> w.uitkomst().complete(w.stem()));
            }
        } catch (RuntimeException | Error e) { // the round is unknown, the database is down: every waiter hears so
            ronde.forEach(w -> w.uitkomst().completeExceptionally(e));
        }
    }
}
