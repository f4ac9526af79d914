package nl.samenspraak.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.ServiceUnavailableException;

import org.junit.Test;

public class GebondenResourceTest {

    private final GebondenResource slot = new GebondenResource(String.class);

    @Test
    public void aRequestTakesTheInstanceBoundNow() {
        slot.bind("eerste");
        assertSame("eerste", slot.getInstance(null));
        slot.bind("tweede");
        assertSame("tweede", slot.getInstance(null));
    }

    @Test
    public void theOldInstanceGoingAwayLeavesItsReplacementBound() {
        String oud = new String("oud");
        slot.bind(oud);
        slot.bind("nieuw");
        slot.unbind(oud);
        assertTrue(slot.gebonden());
        assertSame("nieuw", slot.getInstance(null));
    }

    @Test
    public void aRequestInTheGapWaitsForTheReplacement() throws Exception {
        String oud = new String("oud");
        slot.bind(oud);
        slot.unbind(oud);
        assertFalse(slot.gebonden());
        CompletableFuture<Object> verzoek = CompletableFuture.supplyAsync(() -> slot.wacht(60_000));
        while (!slot.wachtendeVerzoeken()) {
            Thread.onSpinWait();
        }
        slot.bind("nieuw");
        assertSame("nieuw", verzoek.get(30, TimeUnit.SECONDS));
    }

    @Test
    public void aResourceThatStaysAwayIsUnavailableWithAHintWhenToRetry() {
        try {
            slot.wacht(10);
            fail("no instance is bound");
        } catch (ServiceUnavailableException e) {
            assertEquals(503, e.getResponse().getStatus());
            assertEquals(String.valueOf(GebondenResource.OPNIEUW_NA_SECONDEN), e.getResponse().getHeaderString("Retry-After"));
        }
    }

    @Test
    public void theServerKnowsTheClassWithoutAnInstance() {
        assertSame(String.class, slot.getResourceClass());
        assertTrue(slot.isSingleton());
    }
}
