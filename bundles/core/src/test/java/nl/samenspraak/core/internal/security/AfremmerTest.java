package nl.samenspraak.core.internal.security;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

public class AfremmerTest {

    private final AtomicLong nu = new AtomicLong();
    private final Afremmer afremmer = new Afremmer(3, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(15), 2,
            nu::get);

    private void verstrijk(Duration duur) {
        nu.addAndGet(duur.toNanos());
    }

    @Test
    public void theFreeFailuresCostNothingThenTheWaitDoublesUpToTheMaximum() {
        for (int i = 0; i < 2; i++) {
            afremmer.mislukt("u");
            assertEquals(Optional.empty(), afremmer.wachttijd("u"));
        }
        afremmer.mislukt("u");
        assertEquals(Optional.of(Duration.ofSeconds(1)), afremmer.wachttijd("u"));
        verstrijk(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), afremmer.wachttijd("u"));
        afremmer.mislukt("u");
        assertEquals(Optional.of(Duration.ofSeconds(2)), afremmer.wachttijd("u"));
        for (int i = 0; i < 10; i++) {
            afremmer.mislukt("u");
        }
        assertEquals("never more than the maximum", Optional.of(Duration.ofSeconds(8)), afremmer.wachttijd("u"));
        verstrijk(Duration.ofSeconds(8));
        assertEquals("no permanent lock-out", Optional.empty(), afremmer.wachttijd("u"));
    }

    @Test
    public void aSuccessOrAQuarterOfAnHourForgets() {
        for (int i = 0; i < 5; i++) {
            afremmer.mislukt("u");
            afremmer.mislukt("v");
        }
        afremmer.gelukt("u");
        assertEquals(Optional.empty(), afremmer.wachttijd("u"));
        verstrijk(Duration.ofMinutes(15));
        assertEquals(Optional.empty(), afremmer.wachttijd("v"));
        afremmer.mislukt("v");
        assertEquals("counting starts again", Optional.empty(), afremmer.wachttijd("v"));
    }

    @Test
    public void keysAreBoundedAndOthersAreUntouched() {
        for (int i = 0; i < 5; i++) {
            afremmer.mislukt("a");
        }
        assertEquals(Optional.empty(), afremmer.wachttijd("b"));
        afremmer.mislukt("b");
        afremmer.mislukt("c");
        assertEquals("the oldest key made room", Optional.empty(), afremmer.wachttijd("a"));
    }
}
