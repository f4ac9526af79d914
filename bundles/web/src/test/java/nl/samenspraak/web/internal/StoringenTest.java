package nl.samenspraak.web.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

import nl.samenspraak.api.monitor.VragenlijstNietGevondenException;

public class StoringenTest {

    @Test
    public void anyNotFoundOfTheDomainIsAPageNotFoundNotAnOutage() {
        assertEquals(404, Storingen.vertaal(new VragenlijstNietGevondenException("GM0222", "onbekend")).status());
        assertEquals(500, Storingen.vertaal(new IllegalStateException("stuk")).status());
    }
}
