package nl.samenspraak.mail.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import nl.samenspraak.api.mail.Mailsoort;

/** Every kind of mail renders in Dutch, as plain text and as HTML, and a gemeente can replace a template. */
public class SjablonenTest {

    @Rule
    public TemporaryFolder etc = new TemporaryFolder();

    private static final Map<String, String> EXTRA = Map.of("gemeentenaam", "Gemeente 's-Gravenhage", "url", "https://samenspraak.example.nl",
            "link", "https://samenspraak.example.nl/gemeenten/GM0518/initiatieven/abc",
            "profiel", "https://samenspraak.example.nl/profiel/mail",
            "afmeldlink", "https://samenspraak.example.nl/mail/afmelden?t=x.y.z");

    static final Map<Mailsoort, Map<String, String>> VOORBEELDEN = new EnumMap<>(Mailsoort.class);

    static {
        VOORBEELDEN.put(Mailsoort.AANVRAAG_ONTVANGEN, Map.of("referentie", "abc", "titel", "Buurtfeest Spoorwijk",
                "soort", "bewonersinitiatief", "ontvangenOp", "2026-12-01"));
        VOORBEELDEN.put(Mailsoort.AANVULLING_GEVRAAGD, Map.of("referentie", "abc", "titel", "Buurtfeest Spoorwijk",
                "soort", "bewonersinitiatief", "wat", "Stuur de begroting mee.", "uiterlijk", "2026-12-29"));
        VOORBEELDEN.put(Mailsoort.BESLUIT_GENOMEN, Map.of("referentie", "abc", "titel", "Buurtfeest Spoorwijk",
                "soort", "bewonersinitiatief", "uitkomst", "toegekend", "bedrag", "1234.50",
                "redenen", "art. 3: past in de wijkagenda\nart. 5: onder het maximum", "genomenOp", "2026-12-01",
                "bezwaarTot", "2027-01-12"));
        VOORBEELDEN.put(Mailsoort.ZIENSWIJZE_ONTVANGEN, Map.of("titel", "Ontwerp bestemmingsplan Moerwijk", "ontvangenOp", "2026-12-01"));
        VOORBEELDEN.put(Mailsoort.REACTIENOTA_GEPUBLICEERD, Map.of("titel", "Ontwerp bestemmingsplan Moerwijk",
                "referentie", "abc", "soort", "inspraak", "vastgesteldOp", "2027-02-01"));
        VOORBEELDEN.put(Mailsoort.PLAN_GETOETST, Map.of("plan", "Bankjes op het plein", "haalbaar", "false",
                "toetsing", "Het plein is van de provincie."));
        VOORBEELDEN.put(Mailsoort.UITSLAG_RONDE, Map.of("ronde", "Wijkbudget Spoorwijk 2027", "gekozen", "3",
                "toegewezen", "48500.00", "resterend", "1500.00"));
        VOORBEELDEN.put(Mailsoort.STEMBEWIJS, Map.of("ronde", "Wijkbudget Spoorwijk 2027"));
        VOORBEELDEN.put(Mailsoort.UITDAAGVERZOEK_ONTVANGEN, Map.of("referentie", "abc", "titel", "Groenonderhoud Spoorwijk",
                "soort", "uitdaagrecht", "ontvangenOp", "2026-12-01"));
        VOORBEELDEN.put(Mailsoort.WERKVOORRAAD, Map.of("datum", "2026-12-01", "aantal", "3", "verlopen", "1",
                "binnenkort", "1", "nieuw", "1", "lijst", "verlopen|Buurtfeest|2026-11-30|/gemeenten/GM0518/initiatieven/a\n"
                        + "binnenkort|Speeltuin|2026-12-05|/gemeenten/GM0518/initiatieven/b\n"
                        + "nieuw|Groenonderhoud|2027-01-26|/gemeenten/GM0518/initiatieven/c"));
        VOORBEELDEN.put(Mailsoort.VRAGENLIJST_UITNODIGING, Map.of("titel", "Groen in De Huet", "aanleiding", "fase_afgerond",
                "fase", "uitvoering", "vragenlijst", "t-1.uitvoering"));
        VOORBEELDEN.put(Mailsoort.ZAAK_TOEGEWEZEN, Map.of("referentie", "abc", "titel", "Buurtfeest Spoorwijk",
                "door", "ambtenaar-denhaag", "termijn", "2027-01-26"));
        VOORBEELDEN.put(Mailsoort.DAGOVERZICHT, Map.of("datum", "2026-12-02", "aantal", "2", "lijst",
                "besluit_genomen|Besluit over Buurtfeest Spoorwijk: toegekend|https://samenspraak.example.nl/gemeenten/GM0518/initiatieven/abc\n"
                        + "plan_getoetst|Uw plan Bankjes is haalbaar|https://samenspraak.example.nl/gemeenten/GM0518/wijkbudgetten/r"));
    }

    @Test
    public void theNewKindsSayWhatHappenedAndWhereToGo() throws Exception {
        Sjablonen sjablonen = new Sjablonen(getClass().getClassLoader(), Optional.empty());
        Sjablonen.Inhoud uitnodiging = sjablonen.maak("GM0518", Mailsoort.VRAGENLIJST_UITNODIGING,
                VOORBEELDEN.get(Mailsoort.VRAGENLIJST_UITNODIGING), EXTRA);
        assertEquals("Hoe ging het? Een korte vragenlijst over Groen in De Huet", uitnodiging.onderwerp());
        assertTrue(uitnodiging.tekst(), uitnodiging.tekst().contains("Bij \"Groen in De Huet\" is de uitvoering afgerond."));
        assertFalse("only voters answer with a receipt", uitnodiging.tekst().contains("ontvangstbewijs"));
        Map<String, String> ronde = new java.util.HashMap<>(VOORBEELDEN.get(Mailsoort.VRAGENLIJST_UITNODIGING));
        ronde.put("aanleiding", "wijkbudget_uitslag");
        assertTrue(sjablonen.maak("GM0518", Mailsoort.VRAGENLIJST_UITNODIGING, ronde, EXTRA).tekst().contains("ontvangstbewijs van uw stem"));

        Sjablonen.Inhoud toegewezen = sjablonen.maak("GM0518", Mailsoort.ZAAK_TOEGEWEZEN, VOORBEELDEN.get(Mailsoort.ZAAK_TOEGEWEZEN), EXTRA);
        assertEquals("Aan u toegewezen: Buurtfeest Spoorwijk", toegewezen.onderwerp());
        assertTrue(toegewezen.tekst(), toegewezen.tekst().contains("Beslissen uiterlijk: 26 januari 2027"));

        Sjablonen.Inhoud overzicht = sjablonen.maak("GM0518", Mailsoort.DAGOVERZICHT, VOORBEELDEN.get(Mailsoort.DAGOVERZICHT), EXTRA);
        assertEquals("Uw overzicht van 2 december 2026: 2 berichten", overzicht.onderwerp());
        assertTrue(overzicht.tekst(), overzicht.tekst().contains("- Uw plan Bankjes is haalbaar\n  https://samenspraak.example.nl/gemeenten/GM0518/wijkbudgetten/r"));
        assertTrue(overzicht.html(), overzicht.html().contains(
                "<a href=\"https://samenspraak.example.nl/gemeenten/GM0518/initiatieven/abc\" style=\"color: #0b4ea2;\">Besluit over Buurtfeest Spoorwijk: toegekend</a>"));
        assertTrue(overzicht.tekst(), overzicht.tekst().contains(EXTRA.get("afmeldlink")));
    }

    @Test
    public void everyKindRendersAsPlainTextAndHtml() throws Exception {
        Sjablonen sjablonen = new Sjablonen(getClass().getClassLoader(), Optional.empty());
        for (Mailsoort soort : Mailsoort.values()) {
            Sjablonen.Inhoud inhoud = sjablonen.maak("GM0518", soort, VOORBEELDEN.get(soort), EXTRA);
            assertFalse(soort + " has a subject", inhoud.onderwerp().isBlank());
            assertTrue(soort + " links to its page", inhoud.tekst().contains(EXTRA.get("link")) || soort == Mailsoort.WERKVOORRAAD
                    || soort == Mailsoort.DAGOVERZICHT);
            assertTrue(soort + " ends with the gemeente", inhoud.tekst().contains("Gemeente 's-Gravenhage"));
            assertTrue(soort + " is Dutch HTML", inhoud.html().contains("<html lang=\"nl\">"));
            assertTrue(soort + " has its subject as title", inhoud.html().contains("<title>"));
        }
    }

    @Test
    public void aBesluitSaysOutcomeReasonsAndTheLastDayForBezwaarInDutch() throws Exception {
        Sjablonen.Inhoud inhoud = new Sjablonen(getClass().getClassLoader(), Optional.empty()).maak("GM0518",
                Mailsoort.BESLUIT_GENOMEN, VOORBEELDEN.get(Mailsoort.BESLUIT_GENOMEN), EXTRA);
        assertEquals("Besluit over Buurtfeest Spoorwijk: toegekend", inhoud.onderwerp());
        assertTrue(inhoud.tekst(), inhoud.tekst().contains("Uitkomst: toegekend, € 1.234,50"));
        assertTrue(inhoud.tekst(), inhoud.tekst().contains("- art. 3: past in de wijkagenda"));
        assertTrue(inhoud.tekst(), inhoud.tekst().contains("uiterlijk op 12 januari 2027"));
        assertTrue(inhoud.tekst(), inhoud.tekst().contains("Meld u af: https://samenspraak.example.nl/mail/afmelden?t=x.y.z"));
        assertTrue(inhoud.html(), inhoud.html().contains("<li>art. 5: onder het maximum</li>"));
    }

    @Test
    public void htmlEscapesWhatResidentsTyped() throws Exception {
        Sjablonen.Inhoud inhoud = new Sjablonen(getClass().getClassLoader(), Optional.empty()).maak("GM0518",
                Mailsoort.ZIENSWIJZE_ONTVANGEN, Map.of("titel", "<script>alert(1)</script>", "ontvangenOp", "2026-12-01"), EXTRA);
        assertFalse(inhoud.html().contains("<script>"));
        assertTrue(inhoud.html().contains("&lt;script&gt;"));
    }

    @Test
    public void aGemeenteReplacesATemplateAndOthersKeepTheDefault() throws Exception {
        File eigen = etc.newFolder("mail", "GM0222");
        Files.writeString(new File(eigen, "stembewijs.txt.ftl").toPath(),
                "<#assign onderwerp = \"Doetinchem telt uw stem\">Bedankt voor uw stem in ${g.ronde}.\n<#include \"/voet.txt.ftl\">");
        Sjablonen sjablonen = new Sjablonen(getClass().getClassLoader(), Optional.of(eigen.getParentFile()));

        Sjablonen.Inhoud doetinchem = sjablonen.maak("GM0222", Mailsoort.STEMBEWIJS, Map.of("ronde", "De Huet"), EXTRA);
        assertEquals("Doetinchem telt uw stem", doetinchem.onderwerp());
        assertTrue(doetinchem.tekst().startsWith("Bedankt voor uw stem in De Huet."));
        Sjablonen.Inhoud denHaag = sjablonen.maak("GM0518", Mailsoort.STEMBEWIJS, Map.of("ronde", "Spoorwijk"), EXTRA);
        assertEquals("Uw stem voor Spoorwijk is ontvangen", denHaag.onderwerp());
    }
}
