package nl.samenspraak.web.internal.monitor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Participatieniveau;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Trajectgegevens;
import nl.samenspraak.api.monitor.Oordeel;
import nl.samenspraak.api.monitor.Reactieoverzicht;
import nl.samenspraak.api.monitor.Stelling;
import nl.samenspraak.api.monitor.Typering;
import nl.samenspraak.api.monitor.Zelfevaluatie;

/** The report's typering in words, and open answers cut to fit the paper: five per question, 280 characters each. */
public class RapportTest {

    private static final Instant OP = Instant.parse("2026-03-01T10:00:00Z");
    private static final Initiatief TRAJECT = new Initiatief("T1", "GM0222", Status.UITVOERING, "Groen schoolplein", "Samen",
            Optional.empty(), "projectleider", OP, new Trajectgegevens(Participatieniveau.COPRODUCEREN, "openbare ruimte"));

    @Test
    public void eenKortAntwoordBlijftHeel() {
        assertEquals("Goed georganiseerd.", Rapport.ingekort("Goed georganiseerd."));
        String precies = "x".repeat(Rapport.TEKENS);
        assertEquals(precies, Rapport.ingekort(precies));
    }

    @Test
    public void eenLangAntwoordWordtBijEenWoordAfgebroken() {
        String lang = "De avonden waren goed voorbereid. ".repeat(20);
        String kort = Rapport.ingekort(lang);
        assertTrue(kort, kort.length() <= Rapport.TEKENS);
        assertTrue(kort, kort.endsWith("…"));
        assertTrue(kort, lang.startsWith(kort.substring(0, kort.length() - 1)));
        assertEquals(' ', lang.charAt(kort.length() - 1)); // cut before a space, not inside a word
        // one word longer than the limit is cut inside it
        assertEquals("y".repeat(Rapport.TEKENS - 1) + "…", Rapport.ingekort("y".repeat(Rapport.TEKENS + 50)));
    }

    @Test
    public void hoogstensVijfAntwoordenPerVraagMetHoeveelErMeerZijn() {
        List<String> goed = List.of("a", "b", "c", "d", "e", "f", "g");
        Rapport rapport = Rapport.van(overzicht(goed, List.of("beter"), Optional.empty()), Optional.empty());
        assertEquals(List.of("a", "b", "c", "d", "e"), rapport.goed());
        assertEquals(2, rapport.goedMeer());
        assertEquals(List.of("beter"), rapport.beter());
        assertEquals(0, rapport.beterMeer());
        assertEquals(List.of(), rapport.typering()); // no traject
    }

    @Test
    public void deTyperingVanDeStartEnVanDeProjectleider() {
        assertEquals(List.of("Trede bij de start: Coproduceren", "Beleidsterrein: openbare ruimte"),
                regels(Rapport.van(overzicht(List.of(), List.of(), Optional.empty()), Optional.of(TRAJECT))));
        Map<Stelling, Oordeel> oordelen = new EnumMap<>(Stelling.class);
        for (Stelling s : Stelling.values()) {
            oordelen.put(s, Oordeel.EENS);
        }
        Zelfevaluatie zelf = new Zelfevaluatie("T1", oordelen, new Typering(Typering.Participatiesoort.OVERHEIDSPARTICIPATIE,
                Participatieniveau.MEEBESLISSEN, Typering.Schaal.BUURT, 1, Typering.Beslisser.INWONERS), "projectleider", OP);
        assertEquals(List.of("Trede bij de start: Coproduceren", "Beleidsterrein: openbare ruimte",
                "Soort participatie: Overheidsparticipatie: de gemeente doet mee met inwoners",
                "Trede volgens de projectleider: Meebeslissen", "Schaal: Buurt", "Duur: 1 week", "Wie beslist: De inwoners"),
                regels(Rapport.van(overzicht(List.of(), List.of(), Optional.of(zelf)), Optional.of(TRAJECT))));
    }

    private static List<String> regels(Rapport rapport) {
        return rapport.typering().stream().map(r -> r.label() + ": " + r.tekst()).toList();
    }

    private static Reactieoverzicht overzicht(List<String> goed, List<String> beter, Optional<Zelfevaluatie> zelf) {
        return new Reactieoverzicht("T1", "Groen schoolplein", List.of(), 7, List.of(), Optional.empty(), Optional.empty(), Map.of(),
                goed, beter, zelf);
    }
}
