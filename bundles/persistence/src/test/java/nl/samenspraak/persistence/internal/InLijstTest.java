package nl.samenspraak.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Collections;
import java.util.List;

import org.junit.Test;

public class InLijstTest {

    @Test
    public void aListIsPaddedToTheNextPowerOfTwo() {
        assertEquals(1, InLijst.opgevuld(List.of("a")).size());
        assertEquals(2, InLijst.opgevuld(List.of("a", "b")).size());
        assertEquals(4, InLijst.opgevuld(List.of("a", "b", "c")).size());
        assertEquals(256, InLijst.opgevuld(Collections.nCopies(256, "a")).size());
        assertEquals(512, InLijst.opgevuld(Collections.nCopies(257, "a")).size());
        assertEquals("(?, ?, ?, ?)", InLijst.plaatshouders(InLijst.opgevuld(List.of("a", "b", "c"))));
    }

    @Test
    public void thePaddingRepeatsTheFirstKey() {
        List<String> opgevuld = InLijst.opgevuld(List.of("a", "b", "c"));
        assertEquals("c", opgevuld.get(2));
        assertEquals("a", opgevuld.get(3));
    }

    @Test
    public void anEmptyListIsNoQuery() {
        assertThrows(IllegalArgumentException.class, () -> InLijst.opgevuld(List.of()));
    }
}
