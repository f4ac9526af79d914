package nl.samenspraak.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;

import org.junit.Test;

public class InLijstTest {

    @Test
    public void aListIsPaddedToTheNextPowerOfTwo() {
        assertEquals(1, InLijst.lengte(1));
        assertEquals(2, InLijst.lengte(2));
        assertEquals(4, InLijst.lengte(3));
        assertEquals(256, InLijst.lengte(256));
        assertEquals(512, InLijst.lengte(257));
        assertEquals("(?, ?, ?, ?)", InLijst.plaatshouders(3));
    }

    @Test
    public void thePaddingRepeatsTheFirstKey() {
        List<String> sleutels = List.of("a", "b", "c");
        assertEquals("c", InLijst.sleutel(sleutels, 2));
        assertEquals("a", InLijst.sleutel(sleutels, 3));
    }

    @Test
    public void anEmptyListIsNoQuery() {
        assertThrows(IllegalArgumentException.class, () -> InLijst.lengte(0));
    }
}
