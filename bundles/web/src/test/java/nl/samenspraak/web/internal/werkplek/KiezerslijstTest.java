package nl.samenspraak.web.internal.werkplek;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import nl.samenspraak.web.internal.werkplek.Kiezerslijst.Bewoner;
import nl.samenspraak.web.internal.werkplek.Kiezerslijst.Uitkomst;

public class KiezerslijstTest {

    @Test
    public void readsTheColumnsByTheirNamesInAnyOrderWithTheAddressForTheLetter() {
        Uitkomst uitkomst = Kiezerslijst.lees("naam;Kenmerk;wijk;geboortedatum;adres;postcode;woonplaats\r\n"
                + "\"Jansen; A.\";k-1;WK022291;1980-03-31;Dorpsstraat 1;7001 AA;Doetinchem\r\n"
                + "\r\n"
                + "B. de Vries;k-2;WK022291;1-2-2001;Kerkstraat 2;7001 AB;Doetinchem\r\n");
        assertEquals(List.of(), uitkomst.fouten());
        Bewoner jansen = uitkomst.bewoners().get(0);
        assertEquals("Jansen; A.", jansen.naam());
        assertEquals("k-1", jansen.kiezer().kenmerk());
        assertEquals(LocalDate.of(1980, 3, 31), jansen.kiezer().geboortedatum());
        assertEquals("WK022291", jansen.kiezer().wijk());
        assertEquals("7001 AA", jansen.postcode());
        assertEquals(2, jansen.regel());
        assertEquals(LocalDate.of(2001, 2, 1), uitkomst.bewoners().get(1).kiezer().geboortedatum());
        assertEquals("a blank line keeps the numbering of the file", 4, uitkomst.bewoners().get(1).regel());
    }

    @Test
    public void commasAndNoAddressWork() {
        Uitkomst uitkomst = Kiezerslijst.lees("kenmerk,geboortedatum,wijk\nk-1,1980-01-01,\n");
        assertEquals(1, uitkomst.bewoners().size());
        assertNull("an empty wijk is unknown, and the service refuses it where only the wijk votes",
                uitkomst.bewoners().get(0).kiezer().wijk());
        assertEquals("", uitkomst.bewoners().get(0).naam());
    }

    @Test
    public void everyBadLineIsNamedAndNobodyIsReadThen() {
        Uitkomst uitkomst = Kiezerslijst.lees("kenmerk;geboortedatum;wijk\nk-1;1980-01-01;W\n;1980-01-01;W\nk-3;31-2-1980;W\n");
        assertEquals(List.of(), uitkomst.bewoners());
        assertEquals(2, uitkomst.fouten().size());
        assertTrue(uitkomst.fouten().get(0), uitkomst.fouten().get(0).startsWith("Regel 3: het kenmerk ontbreekt"));
        assertTrue(uitkomst.fouten().get(1), uitkomst.fouten().get(1).startsWith("Regel 4: '31-2-1980' is geen geboortedatum"));
    }

    @Test
    public void aHeaderWithoutTheRequiredColumnsOrAnEmptyFileIsRefused() {
        assertEquals(List.of("Regel 1: de eerste regel noemt de kolommen; geboortedatum, wijk ontbreken"),
                Kiezerslijst.lees("kenmerk;naam\nk-1;A\n").fouten());
        assertEquals(List.of("Het bestand is leeg"), Kiezerslijst.lees("\n\n").fouten());
        assertEquals(List.of("Er staat geen enkele bewoner onder de kolomnamen"),
                Kiezerslijst.lees("kenmerk;geboortedatum;wijk\n").fouten());
    }

    @Test
    public void quotedCellsMayHoldTheSeparatorAndQuotes() {
        assertEquals(List.of("a;b", "zei \"ja\"", ""), Kiezerslijst.cellen("\"a;b\";\"zei \"\"ja\"\"\";", ';'));
    }
}
