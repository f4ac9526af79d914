package nl.samenspraak.mail.internal;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Uitdaaggegevens;
import nl.samenspraak.rules.Uitdaagverzoek;

public class WerkvoorraadTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 2);
    private static final Instant VORIGE_WEEK = Instant.parse("2026-11-25T09:00:00Z");
    private static final Instant GISTEREN = Instant.parse("2026-12-01T15:00:00Z");

    @Test
    public void overdueDueSoonAndNewEachInTheirGroupInOrderOfTheirTerm() {
        Map<String, String> overzicht = Werkvoorraad.van(List.of(
                verzoek("c", "Groen later", Status.INGEDIEND, VANDAAG.plusWeeks(8), GISTEREN),
                verzoek("a", "Groen te laat", Status.INGEDIEND, VANDAAG.minusDays(1), VORIGE_WEEK),
                verzoek("b", "Groen binnenkort", Status.INGEDIEND, VANDAAG.plusDays(7), VORIGE_WEEK),
                verzoek("d", "Al besloten", Status.AFGEWEZEN, VANDAAG.minusDays(3), VORIGE_WEEK),
                verzoek("e", "Oud en ver weg", Status.INGEDIEND, VANDAAG.plusWeeks(6), VORIGE_WEEK)), VANDAAG).orElseThrow();

        assertEquals("1", overzicht.get("verlopen"));
        assertEquals("1", overzicht.get("binnenkort"));
        assertEquals("1", overzicht.get("nieuw"));
        assertEquals("verlopen|Groen te laat|1 december 2026|/gemeenten/GM0222/initiatieven/a\n"
                + "binnenkort|Groen binnenkort|9 december 2026|/gemeenten/GM0222/initiatieven/b\n"
                + "nieuw|Groen later|27 januari 2027|/gemeenten/GM0222/initiatieven/c", overzicht.get("lijst"));
    }

    @Test
    public void nothingToReportMeansNoMail() {
        assertEquals(Optional.empty(), Werkvoorraad.van(List.of(
                verzoek("e", "Oud en ver weg", Status.INGEDIEND, VANDAAG.plusWeeks(6), VORIGE_WEEK)), VANDAAG));
    }

    @Test
    public void theDigestRendersWithItsLinks() throws Exception {
        Map<String, String> overzicht = Werkvoorraad.van(List.of(
                verzoek("a", "Groen te laat", Status.INGEDIEND, VANDAAG.minusDays(1), VORIGE_WEEK)), VANDAAG).orElseThrow();
        Sjablonen.Inhoud inhoud = new Sjablonen(getClass().getClassLoader(), Optional.empty()).maak("GM0222",
                nl.samenspraak.api.mail.Mailsoort.WERKVOORRAAD, overzicht, Map.of("gemeentenaam", "Gemeente Doetinchem",
                        "url", "https://samenspraak.example.nl", "link", "https://samenspraak.example.nl/x", "profiel", "p"));
        assertEquals("Werkvoorraad 2 december 2026: 1 verlopen, 0 binnen 7 dagen, 0 nieuw", inhoud.onderwerp());
        assertEquals(true, inhoud.tekst().contains(
                "- Groen te laat (beslissen uiterlijk 1 december 2026): https://samenspraak.example.nl/gemeenten/GM0222/initiatieven/a"));
    }

    private static Initiatief verzoek(String id, String titel, Status status, LocalDate beslistTot, Instant aangemaakt) {
        return new Initiatief(id, "GM0222", status, titel, "omschrijving", Optional.empty(), "inwoner-doetinchem", aangemaakt,
                new Uitdaaggegevens(new Uitdaagverzoek(beslistTot.minusWeeks(8), titel, false, 0, 5, Set.of()), beslistTot));
    }
}
