package nl.samenspraak.rest.internal.resources;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;

/** Dates outside the years the platform can store are refused with their field, never stored as another date. */
public class InvoerDatumTest {

    @Test
    public void yearZeroAndYearHundredThousandAreRefusedWithTheField() {
        for (String tekst : List.of("0000-01-01", "+100000-01-01", "1899-12-31", "3000-01-01", "-0001-01-01")) {
            List<Overtreding> fouten = new ArrayList<>();
            assertNull(tekst, Invoer.datum(fouten, "activiteitOp", tekst));
            assertEquals(tekst, "activiteitOp", fouten.get(0).veld());
        }
    }

    @Test
    public void datesInTheYearsOfThePlatformAreRead() {
        List<Overtreding> fouten = new ArrayList<>();
        assertEquals(LocalDate.of(1900, 1, 1), Invoer.datum(fouten, "d", "1900-01-01"));
        assertEquals(LocalDate.of(2999, 12, 31), Invoer.datum(fouten, "d", "2999-12-31"));
        assertEquals(List.of(), fouten);
    }

    @Test(expected = OngeldigeInvoerException.class)
    public void aPeildatumInYearZeroIsRefused() {
        RegelsResource.datum("0000-06-01");
    }
}
