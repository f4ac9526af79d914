package nl.samenspraak.api.budget;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class BedragTest {

    @Test
    public void parsesEurosWithUpToTwoDecimalsExactly() {
        assertEquals(123456, Bedrag.parse("1234.56").centen());
        assertEquals(123450, Bedrag.parse("1234.5").centen());
        assertEquals(123400, Bedrag.parse("1234").centen());
        assertEquals(5, Bedrag.parse("0.05").centen());
        assertEquals(0, Bedrag.parse("0").centen());
        assertEquals(1, Bedrag.parse("0.01").centen());
        // the classic floating point trap: 0.1 + 0.2
        assertEquals(Bedrag.parse("0.30"), Bedrag.parse("0.1").plus(Bedrag.parse("0.2")));
    }

    @Test
    public void formatsWithTwoDecimalsAndReadsBack() {
        assertEquals("1234.56", Bedrag.centen(123456).toString());
        assertEquals("0.05", Bedrag.centen(5).toString());
        assertEquals("0.00", Bedrag.NUL.toString());
        assertEquals("50000.00", Bedrag.euro(50_000).toString());
        assertEquals("-0.05", Bedrag.centen(-5).toString());
        assertEquals("-12.30", Bedrag.centen(-1230).toString());
        for (long c : new long[] { 0, 1, 9, 10, 99, 100, 101, 123456789, Bedrag.MAXIMUM.centen() }) {
            assertEquals(c, Bedrag.parse(Bedrag.centen(c).toString()).centen());
        }
    }

    @Test
    public void refusesWhatIsNotAnExactNonNegativeAmount() {
        for (String fout : new String[] { null, "", "1.234", "12.345", "-5", "-0.01", "+5", "1,50", "1.", ".5", " 1",
                "1 ", "1e3", "NaN", "Infinity", "0x10", "12.3.4", "€5", "1_000" }) {
            IllegalArgumentException e = assertThrows(String.valueOf(fout), IllegalArgumentException.class,
                    () -> Bedrag.parse(fout));
            assertTrue(e.getMessage(), !e.getMessage().isBlank());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Bedrag.parse("1.234")).getMessage()
                .contains("twee decimalen"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Bedrag.parse("-5")).getMessage()
                .contains("negatief"));
    }

    @Test
    public void refusesAmountsAboveTheMaximumAndNeverOverflows() {
        assertEquals(Bedrag.MAXIMUM, Bedrag.parse(Bedrag.MAXIMUM.toString()));
        assertThrows(IllegalArgumentException.class, () -> Bedrag.parse("100000000000.01"));
        assertThrows(IllegalArgumentException.class, () -> Bedrag.parse("99999999999999999999999"));
        assertThrows(ArithmeticException.class, () -> Bedrag.centen(Long.MAX_VALUE).plus(Bedrag.centen(1)));
        assertThrows(ArithmeticException.class, () -> Bedrag.centen(Long.MIN_VALUE).min(Bedrag.centen(1)));
    }

    @Test
    public void comparesByCents() {
        assertTrue(Bedrag.parse("10.01").groterDan(Bedrag.parse("10")));
        assertEquals(Bedrag.parse("3"), Bedrag.kleinste(Bedrag.parse("3"), Bedrag.parse("4")));
        assertTrue(Bedrag.centen(-1).isNegatief());
        assertTrue(Bedrag.centen(1).isPositief());
    }
}
