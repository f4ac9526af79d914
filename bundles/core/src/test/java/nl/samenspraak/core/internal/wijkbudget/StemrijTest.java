package nl.samenspraak.core.internal.wijkbudget;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.junit.After;
import org.junit.Test;

import nl.samenspraak.api.opslag.WijkbudgetStore;
import nl.samenspraak.api.wijkbudget.Stem;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException.Waarom;

public class StemrijTest {

    private final List<List<String>> partijen = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> opgeslagen = Collections.synchronizedSet(new HashSet<>());
    private final ExecutorService kiezers = Executors.newFixedThreadPool(64);
    private Stemrij rij;

    @After
    public void stop() {
        kiezers.shutdownNow();
        if (rij != null) {
            rij.stop();
        }
    }

    @Test
    public void ballotsThatArriveWhileABatchIsWrittenGoTogetherAndEachIsStoredOnce() throws Exception {
        CountDownLatch eersteBezig = new CountDownLatch(1);
        CountDownLatch anderenWachten = new CountDownLatch(1);
        rij = new Stemrij(store((ronde, stemmen) -> {
            if (partijen.size() == 1) { // the first batch holds the writer until all others are queued
                eersteBezig.countDown();
                wacht(anderenWachten);
            }
            return bewaarAlle(stemmen);
        }), "test-stembus");
        Future<Stem> eerste = kiezers.submit(() -> rij.stem("GM0222", "r1", stem("k0")));
        wacht(eersteBezig);
        List<Future<Stem>> anderen = new ArrayList<>();
        for (int i = 1; i < 64; i++) {
            String sleutel = "k" + i;
            anderen.add(kiezers.submit(() -> rij.stem("GM0222", "r1", stem(sleutel))));
        }
        while (rijLengte() < 63) {
            Thread.sleep(5);
        }
        anderenWachten.countDown();
        assertEquals("k0", eerste.get(10, TimeUnit.SECONDS).stemmer());
        for (Future<Stem> f : anderen) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertEquals(64, opgeslagen.size());
        assertEquals("one batch of one, then the 63 that queued meanwhile in one", List.of(1, 63),
                partijen.stream().map(List::size).toList());
    }

    @Test
    public void withTwoWritersABatchIsStoredWhileTheOtherWaitsForTheDisk() throws Exception {
        CountDownLatch eersteBezig = new CountDownLatch(1);
        CountDownLatch schijf = new CountDownLatch(1);
        rij = new Stemrij(store((ronde, stemmen) -> {
            if (stemmen.get(0).stemmer().equals("k0")) { // the first batch waits for the disk until the test says so
                eersteBezig.countDown();
                wacht(schijf);
            }
            return bewaarAlle(stemmen);
        }), "test-stembus", 2);
        Future<Stem> eerste = kiezers.submit(() -> rij.stem("GM0222", "r1", stem("k0")));
        wacht(eersteBezig);
        List<Future<Stem>> anderen = new ArrayList<>();
        for (int i = 1; i < 10; i++) {
            String sleutel = "k" + i;
            anderen.add(kiezers.submit(() -> rij.stem("GM0222", "r1", stem(sleutel))));
        }
        for (Future<Stem> f : anderen) {
            f.get(10, TimeUnit.SECONDS); // stored by the second writer while the first still waits
        }
        assertTrue("the first batch is still waiting", !eerste.isDone());
        schijf.countDown();
        assertEquals("k0", eerste.get(10, TimeUnit.SECONDS).stemmer());
        assertEquals(10, opgeslagen.size());
    }

    @Test
    public void aRijWithoutWritersIsRefused() {
        try {
            new Stemrij(store((ronde, stemmen) -> bewaarAlle(stemmen)), "test-stembus", 0);
            fail("no writer");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("0"));
        }
    }

    @Test
    public void aRefusalIsTheVotersOwnAndKeepsNoOtherBallotOut() throws Exception {
        rij = new Stemrij(store((ronde, stemmen) -> stemmen.stream().map(s -> s.stemmer().startsWith("onbekend")
                ? Optional.<RuntimeException>of(new StemGeweigerdException(Waarom.ONBEKENDE_STEMCODE, "onbekend")) : bewaar(s)).toList()),
                "test-stembus");
        assertEquals("k1", rij.stem("GM0222", "r1", stem("k1")).stemmer());
        try {
            rij.stem("GM0222", "r1", stem("onbekend-1"));
            fail("refused");
        } catch (StemGeweigerdException e) {
            assertEquals(Waarom.ONBEKENDE_STEMCODE, e.waarom());
        }
        assertEquals(Set.of("k1"), opgeslagen);
    }

    @Test
    public void whenNoneCanBeCheckedEveryVoterOfTheBatchHearsWhy() {
        IllegalStateException weg = new IllegalStateException("database weg");
        rij = new Stemrij(store((ronde, stemmen) -> {
            throw weg;
        }), "test-stembus");
        try {
            rij.stem("GM0222", "r1", stem("k1"));
            fail("the database is down");
        } catch (IllegalStateException e) {
            assertSame(weg, e);
        }
        // and the writer lives on for the next batch
        try {
            rij.stem("GM0222", "r1", stem("k2"));
            fail("the database is still down");
        } catch (IllegalStateException e) {
            assertSame(weg, e);
        }
    }

    @Test
    public void ballotsOfDifferentRoundsAreStoredPerRound() throws Exception {
        List<String> rondes = Collections.synchronizedList(new ArrayList<>());
        rij = new Stemrij(store((ronde, stemmen) -> {
            rondes.add(ronde);
            return bewaarAlle(stemmen);
        }), "test-stembus");
        List<Future<Stem>> alle = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String ronde = "r" + (i % 3);
            String sleutel = ronde + "-" + i;
            alle.add(kiezers.submit(() -> rij.stem("GM0222", ronde, stem(sleutel))));
        }
        for (Future<Stem> f : alle) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertEquals(200, opgeslagen.size());
        for (int i = 0; i < partijen.size(); i++) {
            String ronde = rondes.get(i);
            assertTrue(partijen.get(i).stream().allMatch(s -> s.startsWith(ronde + "-")));
        }
    }

    @Test
    public void aStoppedRijRefusesAtOnce() {
        rij = new Stemrij(store((ronde, stemmen) -> bewaarAlle(stemmen)), "test-stembus");
        rij.stop();
        try {
            rij.stem("GM0222", "r1", stem("k1"));
            fail("stopped");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("gesloten"));
        }
    }

    private int rijLengte() throws Exception {
        var veld = Stemrij.class.getDeclaredField("wachtend");
        veld.setAccessible(true);
        return ((java.util.Collection<?>) veld.get(rij)).size();
    }

    private List<Optional<RuntimeException>> bewaarAlle(List<Stem> stemmen) {
        return stemmen.stream().map(this::bewaar).toList();
    }

    private Optional<RuntimeException> bewaar(Stem stem) {
        if (!opgeslagen.add(stem.stemmer())) {
            throw new AssertionError("stored twice: " + stem.stemmer());
        }
        return Optional.empty();
    }

    /** A store that answers only {@code stemAlle}, recording each batch. */
    private WijkbudgetStore store(BiFunction<String, List<Stem>, List<Optional<RuntimeException>>> stemAlle) {
        return (WijkbudgetStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { WijkbudgetStore.class },
                (proxy, method, args) -> {
                    if (!method.getName().equals("stemAlle")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    @SuppressWarnings("unchecked")
                    List<Stem> stemmen = (List<Stem>) args[2];
                    partijen.add(stemmen.stream().map(Stem::stemmer).toList());
                    return stemAlle.apply((String) args[1], stemmen);
                });
    }

    private static Stem stem(String sleutel) {
        return new Stem(sleutel, List.of("p1"), Map.of(), false, Instant.parse("2026-12-02T10:00:00Z"));
    }

    private static void wacht(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
