package nl.samenspraak.web.internal;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;

import org.junit.Test;

import nl.samenspraak.api.budget.Bedrag;

public class OpmaakTest {

    private final Opmaak opmaak = new Opmaak();

    @Test
    public void euroInDutchNotation() {
        assertEquals("€\u00a01.234,50", opmaak.euro(Bedrag.parse("1234.50")));
        assertEquals("€\u00a00,05", opmaak.euro(Bedrag.centen(5)));
        assertEquals("€\u00a01.000.000,00", opmaak.euro(Bedrag.euro(1_000_000)));
        assertEquals("-\u00a0€\u00a012,00", opmaak.euro(Bedrag.centen(-1200)));
    }

    @Test
    public void datesInDutch() {
        assertEquals("6 februari 2027", opmaak.datum(LocalDate.of(2027, 2, 6)));
        assertEquals("", opmaak.datum(null));
    }

    @Test
    public void budgetBarPercentageStaysWithinTheBar() {
        assertEquals(50, opmaak.procent(Bedrag.euro(25), Bedrag.euro(50)));
        assertEquals(100, opmaak.procent(Bedrag.euro(75), Bedrag.euro(50)));
        assertEquals(0, opmaak.procent(Bedrag.euro(5), Bedrag.NUL));
    }
}
