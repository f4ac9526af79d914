package nl.samenspraak.http.internal;

import static org.junit.Assert.assertEquals;

import java.util.OptionalInt;

import org.junit.Test;

public class VerzoekgrootteTest {

    @Test
    public void eachKindOfEndpointHasItsLimit() {
        assertEquals(OptionalInt.empty(), Verzoekgrootte.weiger("/api/v1/gemeenten/GM0222/budgetten", 1024 * 1024, false));
        assertEquals(OptionalInt.of(413), Verzoekgrootte.weiger("/api/v1/gemeenten/GM0222/budgetten", 1024 * 1024 + 1, false));
        assertEquals(OptionalInt.empty(), Verzoekgrootte.weiger("/api/v1/gemeenten/GM0222/wijkbudgetten/r/papieren-stemmen",
                5 * 1024 * 1024, false));
        assertEquals(OptionalInt.of(413), Verzoekgrootte.weiger("/inloggen", 256 * 1024 + 1, false));
        assertEquals(OptionalInt.empty(), Verzoekgrootte.weiger("/gemeenten/GM0222/werkplek/rondes/r/stempassen",
                10 * 1024 * 1024, false));
        assertEquals(OptionalInt.of(413), Verzoekgrootte.weiger("/gemeenten/GM0222/werkplek/rondes/r/papieren-stemmen",
                10 * 1024 * 1024 + 1, false));
        assertEquals(OptionalInt.of(413), Verzoekgrootte.weiger("/gemeenten/GM0222/werkplek/rondes/r/stempassen/x",
                256 * 1024 + 1, false));
        assertEquals(OptionalInt.empty(), Verzoekgrootte.weiger("/inloggen", -1, false));
    }

    @Test
    public void aBodyOfUnknownLengthIsRefusedOnTheApiOnly() {
        assertEquals(OptionalInt.of(411), Verzoekgrootte.weiger("/api/v1/gemeenten/GM0222/budgetten", -1, true));
        assertEquals(OptionalInt.empty(), Verzoekgrootte.weiger("/inloggen", -1, true));
    }
}
