package nl.samenspraak.mail.internal;

import static org.junit.Assert.assertEquals;

import java.time.Duration;

import org.junit.Test;

public class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofHours(1));

    @Test
    public void doublesFromTheFirstWait() {
        assertEquals(Duration.ofSeconds(10), backoff.na(1));
        assertEquals(Duration.ofSeconds(20), backoff.na(2));
        assertEquals(Duration.ofSeconds(40), backoff.na(3));
        assertEquals(Duration.ofSeconds(80), backoff.na(4));
    }

    @Test
    public void neverWaitsLongerThanTheCeiling() {
        assertEquals(Duration.ofSeconds(2560), backoff.na(9));
        assertEquals(Duration.ofHours(1), backoff.na(10));
        assertEquals(Duration.ofHours(1), backoff.na(1000));
    }

    @Test
    public void noFailureMeansNoWait() {
        assertEquals(Duration.ZERO, backoff.na(0));
    }
}
