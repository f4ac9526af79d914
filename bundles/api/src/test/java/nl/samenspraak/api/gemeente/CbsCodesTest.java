package nl.samenspraak.api.gemeente;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class CbsCodesTest {

    @Test
    public void gemeenteCodeIsGmAndFourDigits() {
        assertTrue(CbsCodes.isGemeenteCode("GM0518"));
        assertTrue(CbsCodes.isGemeenteCode("GM1992"));
        assertFalse(CbsCodes.isGemeenteCode("gm0518"));
        assertFalse(CbsCodes.isGemeenteCode("GM518"));
        assertFalse(CbsCodes.isGemeenteCode("GM05180"));
        assertFalse(CbsCodes.isGemeenteCode("WK0518"));
        assertFalse(CbsCodes.isGemeenteCode(null));
    }

    @Test
    public void wijkCodeMustCarryTheGemeentesDigits() {
        assertTrue(CbsCodes.isWijkCodeOf("WK051836", "GM0518"));
        assertFalse(CbsCodes.isWijkCodeOf("WK022236", "GM0518"));
        assertFalse(CbsCodes.isWijkCodeOf("WK05183", "GM0518"));
        assertFalse(CbsCodes.isWijkCodeOf("BU05183600", "GM0518"));
        assertFalse(CbsCodes.isWijkCodeOf("WK051836", "nonsense"));
    }
}
