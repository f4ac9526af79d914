package nl.samenspraak.rest.internal.resources;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

import nl.samenspraak.api.monitor.Eenheid;
import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Periode;
import nl.samenspraak.api.monitor.Waarde;

/** One row per figure, quoted where needed, empty for no figure, and no title a spreadsheet would run as a formula. */
public class MonitorCsvTest {

    @Test
    public void eenRegelPerGetal() {
        Indicator i = new Indicator("deelnemers.per_traject", "Unieke deelnemers per traject", List.of(
                Waarde.aantal("t1", "Plein, \"nieuw\"", 3),
                Waarde.aantal("t2", "=HYPERLINK(\"x\")", 1),
                Waarde.leeg("t3", "Leeg", Eenheid.PROCENT),
                Waarde.van("t4", "Geld", new BigDecimal("12345.60"), Eenheid.EURO)), Periode.jaar(2026), "Telt.");

        assertEquals(MonitorCsv.KOP + "\r\n"
                + "deelnemers.per_traject,Unieke deelnemers per traject,2026-01-01,2026-12-31,t1,\"Plein, \"\"nieuw\"\"\",3,aantal\r\n"
                + "deelnemers.per_traject,Unieke deelnemers per traject,2026-01-01,2026-12-31,t2,\"'=HYPERLINK(\"\"x\"\")\",1,aantal\r\n"
                + "deelnemers.per_traject,Unieke deelnemers per traject,2026-01-01,2026-12-31,t3,Leeg,,procent\r\n"
                + "deelnemers.per_traject,Unieke deelnemers per traject,2026-01-01,2026-12-31,t4,Geld,12345.60,euro\r\n",
                MonitorCsv.van(List.of(i)));
    }

    @Test
    public void eenOpenPeriodeLaatDeDatumsLeeg() {
        Indicator i = new Indicator("reacties.aantal", "Ingevulde vragenlijsten", List.of(Waarde.aantal("reacties", "Reacties", 0)),
                Periode.ALTIJD, "Telt.");
        assertEquals(MonitorCsv.KOP + "\r\nreacties.aantal,Ingevulde vragenlijsten,,,reacties,Reacties,0,aantal\r\n",
                MonitorCsv.van(List.of(i)));
    }
}
