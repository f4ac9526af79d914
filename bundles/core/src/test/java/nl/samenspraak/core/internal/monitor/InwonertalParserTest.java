package nl.samenspraak.core.internal.monitor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;

import nl.samenspraak.api.monitor.Inwonertal;

/** Inhabitants per wijk come with their source and year, for wijken of the gemeente only. */
public class InwonertalParserTest {

    @Test
    public void inwonersMetBronEnJaar() {
        assertEquals(List.of(new Inwonertal("WK051801", 12_500, "CBS Kerncijfers wijken en buurten", 2024),
                new Inwonertal("WK051836", 30_000, "CBS Kerncijfers wijken en buurten", 2024)),
                InwonertalParser.parse(Map.of("code", "GM0518", "inwoners.WK051836", "30000", "inwoners.WK051801", " 12500 ",
                        "inwoners.bron", "CBS Kerncijfers wijken en buurten", "inwoners.jaar", "2024")));
    }

    @Test
    public void geenInwonersIsGeenFout() {
        assertEquals(List.of(), InwonertalParser.parse(Map.of("code", "GM0518", "wijk.WK051801", "Spoorwijk")));
    }

    @Test
    public void zonderBronOfMetEenVerkeerdeWijkGeweigerd() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InwonertalParser.parse(Map.of("code", "GM0518",
                "inwoners.WK051801", "100", "inwoners.jaar", "2024"))).getMessage().contains("inwoners.bron"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InwonertalParser.parse(Map.of("code", "GM0518",
                "inwoners.WK022201", "100", "inwoners.bron", "CBS", "inwoners.jaar", "2024"))).getMessage().contains("WK022201"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InwonertalParser.parse(Map.of("code", "GM0518",
                "inwoners.WK051801", "veel", "inwoners.bron", "CBS", "inwoners.jaar", "2024"))).getMessage().contains("whole number"));
    }
}
