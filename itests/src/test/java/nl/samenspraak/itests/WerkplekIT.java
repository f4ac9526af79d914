package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;

/**
 * A civil servant works through the werkplek in a real browser, each flow also with JavaScript off: the werkvoorraad
 * in order of the legal terms, overdue items marked, filtered and assigned; a subsidy application decided from there,
 * through an aanvulling and a decision that departs from the rules' advice, to the printable besluit letter. Every
 * page passes axe and the HTML checker. An ambtenaar of another gemeente, and a resident, get nothing of it.
 */
public class WerkplekIT extends WebTestSupport {

    private static final String GM0222 = "/gemeenten/GM0222";
    private static final String WERKPLEK = GM0222 + "/werkplek";
    private static final String INWONER = "inwoner-doetinchem";
    private static final String AMBTENAAR = "ambtenaar-doetinchem";
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static String budget;

    @Test
    public void deWerkvoorraadOpTermijnGefilterdEnToegewezen() {
        String aanvraag = aanvraag("Buurtfeest Werkplek", "750.00", "WK022292");
        String verzoek = api("POST", GM0222 + "/uitdaagverzoeken", INWONER, "{\"titel\":\"Groenonderhoud Werkplek\","
                + "\"omschrijving\":\"Wij onderhouden het groen zelf\",\"taak\":\"Onderhoud openbaar groen\",\"metBudget\":false,"
                + "\"ondersteuners\":40,\"onderbouwing\":[\"maatschappelijke_meerwaarde\",\"draagvlak_in_buurt\"]}", 201)
                .get("id").asText();
        // laid ter inzage thirty weeks ago: the reactienota is overdue
        String inspraak = api("POST", GM0222 + "/inspraak", AMBTENAAR, "{\"titel\":\"Ontwerp Werkplekplein\",\"omschrijving\":"
                + "\"Een plein met bomen\",\"besluitsoort\":\"omgevingsplan\",\"onderwerp\":\"overig\",\"terInzageVanaf\":\""
                + VANDAAG.minusWeeks(30) + "\"}", 201).get("id").asText();

        Browser browser = browser();
        inloggen(browser, AMBTENAAR, "/werkplek");
        assertEquals(WERKPLEK, browser.pad());
        assertEquals("Werkvoorraad", browser.h1());
        String tekst = browser.tekst();
        assertTrue(tekst, tekst.indexOf("Ontwerp Werkplekplein") < tekst.indexOf("Buurtfeest Werkplek"));
        WebElement overTermijn = kaart(browser, inspraak);
        assertTrue(overTermijn.getAttribute("class").contains("samenspraak-zaak--verlopen"));
        assertTrue(overTermijn.getText(), overTermijn.getText().contains("Termijn verstreken:")
                && overTermijn.getText().contains("dagen te laat"));
        assertTrue(kaart(browser, aanvraag).getText(), kaart(browser, aanvraag).getText().contains("nog ")
                && kaart(browser, aanvraag).getText().contains("Nog niemand"));
        assertTrue(kaart(browser, verzoek).getText().contains("Right to Challenge: verzoek beslissen"));
        keur("werkvoorraad");

        drukBij(browser, aanvraag, "mij");
        assertTrue(browser.tekst(), browser.tekst().contains("Buurtfeest Werkplek is toegewezen aan " + AMBTENAAR));
        assertTrue(kaart(browser, aanvraag).getText().contains(AMBTENAAR + " (toegewezen door " + AMBTENAAR + " op "));
        keur("werkvoorraad-toegewezen");

        drukBij(browser, verzoek, "collega");
        assertTrue(browser.titel().startsWith("Fout: "));
        assertEquals("collega-" + verzoek, browser.alle(".samenspraak-foutensamenvatting a").get(0).getAttribute("href")
                .replaceAll(".*#", ""));
        keur("werkvoorraad-fout");
        browser.typ("collega-" + verzoek, "ambtenaar-doetinchem-2");
        drukBij(browser, verzoek, "collega");
        assertTrue(kaart(browser, verzoek).getText().contains("ambtenaar-doetinchem-2 (toegewezen door " + AMBTENAAR));

        browser.selecteer("wie", "mij").druk("Filteren");
        assertTrue(browser.tekst().contains("Buurtfeest Werkplek"));
        assertFalse(browser.tekst().contains("Groenonderhoud Werkplek"));
        assertFalse(browser.tekst().contains("Ontwerp Werkplekplein"));
        keur("werkvoorraad-mijn-zaken");
        browser.selecteer("wie", "").selecteer("soort", "INSPRAAK").druk("Filteren");
        assertTrue(browser.tekst().contains("Ontwerp Werkplekplein"));
        assertFalse(browser.tekst().contains("Buurtfeest Werkplek"));
        browser.selecteer("soort", "").selecteer("wijk", "WK022292").druk("Filteren");
        assertTrue(browser.tekst().contains("Buurtfeest Werkplek"));
        assertFalse(browser.tekst().contains("Ontwerp Werkplekplein"));
        browser.selecteer("wijk", "").selecteer("wie", "niemand").druk("Filteren");
        assertTrue(browser.tekst().contains("Ontwerp Werkplekplein"));
        assertFalse(browser.tekst().contains("Buurtfeest Werkplek"));

        // without JavaScript the same steps work
        Browser zonder = zonderJavascript();
        inloggen(zonder, AMBTENAAR, "/werkplek");
        drukBij(zonder, inspraak, "mij");
        assertTrue(zonder.tekst().contains("Ontwerp Werkplekplein is toegewezen aan " + AMBTENAAR));
        zonder.selecteer("wie", "niemand").druk("Filteren");
        assertFalse(zonder.tekst().contains("Ontwerp Werkplekplein"));
    }

    @Test
    public void eenAanvraagBeslissenMetAanvullingEnAfwijkingTotDeBesluitbrief() throws Exception {
        String id = aanvraag("Straatfeest Beslissen", "750.00", null);
        Browser browser = browser();
        inloggen(browser, AMBTENAAR, WERKPLEK);
        browser.klik("Straatfeest Beslissen");
        assertEquals(WERKPLEK + "/aanvragen/" + id, browser.pad());
        String tekst = browser.tekst();
        assertTrue(tekst, tekst.contains("Advies van de regels") && tekst.contains("Toekennen: € 750,00"));
        assertTrue(tekst, tekst.contains("Modelregeling bewonersinitiatieven"));
        assertTrue(tekst, tekst.contains("Nog beschikbaar"));
        assertTrue("the advice is pre-filled", browser.driver().findElement(By.id("uitkomst")).isSelected());
        assertEquals("750,00", browser.veld("bedrag").getAttribute("value"));
        keur("aanvraag-beslissen");

        browser.druk("Aanvulling vragen");
        assertTrue(browser.titel().startsWith("Fout: "));
        keur("aanvraag-aanvulling-fout");
        browser.typ("toelichting", "Stuur ons de begroting van het feest").druk("Aanvulling vragen");
        assertTrue(browser.tekst(), browser.tekst().contains("De aanvulling is gevraagd"));
        assertTrue(browser.tekst(), browser.tekst().contains("Staat stil sinds"));
        keur("aanvraag-aanvulling-gevraagd");
        browser.open(WERKPLEK);
        assertFalse("the clock stands still: nothing waits on the gemeente", browser.tekst().contains("Straatfeest Beslissen"));

        api("POST", GM0222 + "/subsidieaanvragen/" + id + "/aanvulling", INWONER, aanvraagJson("Straatfeest Beslissen",
                "750.00", null), 200);
        browser.open(WERKPLEK);
        assertTrue(kaart(browser, id).getText().contains("Aanvulling ontvangen: subsidieaanvraag beslissen"));
        browser.klik("Straatfeest Beslissen");
        browser.kies("uitkomst", "AFGEWEZEN").druk("Besluit nemen");
        assertTrue(browser.titel().startsWith("Fout: "));
        assertEquals("motivering", browser.alle(".samenspraak-foutensamenvatting a").get(0).getAttribute("href")
                .replaceAll(".*#", ""));
        keur("aanvraag-beslissen-fout");
        browser.typ("motivering", "Op dezelfde dag is in deze straat al een evenement vergund.").druk("Besluit nemen");
        assertTrue(browser.pad(), browser.pad().startsWith(WERKPLEK + "/aanvragen/" + id + "/besluiten/"));
        assertEquals("Besluit op uw aanvraag om subsidie: afgewezen", browser.h1());
        tekst = browser.tekst();
        assertTrue(tekst, tekst.contains("Op dezelfde dag is in deze straat al een evenement vergund."));
        assertTrue(tekst, tekst.contains("art. 3:46 Awb"));
        assertTrue(tekst, tekst.contains("Modelregeling bewonersinitiatieven"));
        assertTrue(tekst, tekst.contains("nl.samenspraak.gemeente-model"));
        assertTrue(tekst, tekst.contains("bezwaar maken") && tekst.contains("uiterlijk op"));
        keur("besluitbrief");
        // on paper only the letter: the site's header, footer and links are left out
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(browser.driver().findElement(By.cssSelector(".samenspraak-kop")).isDisplayed());
        assertFalse(browser.driver().findElement(By.cssSelector(".samenspraak-voet")).isDisplayed());
        assertTrue(browser.driver().findElement(By.cssSelector(".samenspraak-brief")).isDisplayed());
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        Path pdf = Path.of(SamenspraakTestSupport.requiredProperty("samenspraak.itest.report"), "besluitbrief.pdf");
        Files.write(pdf, Base64.getDecoder().decode(browser.driver().print(new PrintOptions()).getContent()));
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));

        // the same letter as the server's PDF
        java.net.http.HttpResponse<byte[]> brief = download(browser, browser.driver()
                .findElement(By.linkText("download de besluitbrief als pdf")).getAttribute("href"));
        assertEquals(200, brief.statusCode());
        assertEquals("application/pdf", brief.headers().firstValue("Content-Type").orElse(""));
        String opPapier = String.join(" ", pdfPaginas(brief.body(), "besluitbrief-server"));
        assertTrue(opPapier, opPapier.contains("Besluit op uw aanvraag om subsidie: afgewezen"));
        assertTrue(opPapier, opPapier.contains("Op dezelfde dag is in deze straat al een evenement vergund."));
        assertTrue(opPapier, opPapier.contains("art. 3:46 Awb") && opPapier.contains("Modelregeling bewonersinitiatieven"));
        assertTrue(opPapier, opPapier.contains("gemeente-model"));
        assertTrue(opPapier, opPapier.contains("bezwaar maken") && opPapier.contains("uiterlijk op"));
        assertFalse("only the letter", opPapier.contains("Afmelden") || opPapier.contains("Toegankelijkheid"));
        int poort = Integer.parseInt(SamenspraakTestSupport.PORTS.get("samenspraak.itest.http.port"));
        assertEquals(403, Websessie.aangemeld(poort, "ambtenaar-denhaag").get(new java.net.URI(browser.driver()
                .findElement(By.linkText("download de besluitbrief als pdf")).getAttribute("href")).getRawPath() + "?formaat=pdf")
                .statusCode());

        String afgewezen = api("GET", GM0222 + "/subsidieaanvragen/" + id, AMBTENAAR, null, 200).toString();
        assertTrue(afgewezen, afgewezen.contains("\"afgewezen\"") && afgewezen.contains("art. 3:46 Awb"));

        // without JavaScript: follow the advice and grant, booked on the budget
        String tweede = aanvraag("Straatfeest Zonder Script", "750.00", null);
        String voor = api("GET", GM0222 + "/budgetten/" + budget(), AMBTENAAR, null, 200).get("beschikbaar").asText();
        Browser zonder = zonderJavascript();
        inloggen(zonder, AMBTENAAR, WERKPLEK);
        zonder.klik("Straatfeest Zonder Script");
        zonder.druk("Besluit nemen");
        assertEquals("Besluit op uw aanvraag om subsidie: toegekend", zonder.h1());
        assertTrue(zonder.tekst().contains("Wij verlenen u een subsidie van € 750,00"));
        String na = api("GET", GM0222 + "/budgetten/" + budget(), AMBTENAAR, null, 200).get("beschikbaar").asText();
        assertEquals(new java.math.BigDecimal(voor).subtract(new java.math.BigDecimal("750.00")), new java.math.BigDecimal(na));
        zonder.open(WERKPLEK + "/aanvragen/" + tweede);
        assertTrue(zonder.tekst().contains("Besluitbrief van "));
        assertFalse("decided: no form any more", zonder.tekst().contains("Besluit nemen"));
    }

    @Test
    public void eenAmbtenaarVanEenAndereGemeenteEnEenInwonerKrijgenNiets() {
        String id = aanvraag("Muurfeest Werkplek", "500.00", null);
        int port = Integer.parseInt(SamenspraakTestSupport.PORTS.get("samenspraak.itest.http.port"));

        Browser browser = browser();
        inloggen(browser, "ambtenaar-denhaag", WERKPLEK);
        assertEquals("Geen toegang", browser.h1());
        assertFalse(browser.tekst().contains("Muurfeest Werkplek"));
        keur("werkplek-geen-toegang");
        browser.open(WERKPLEK + "/aanvragen/" + id);
        assertEquals("Geen toegang", browser.h1());
        browser.open("/gemeenten/GM0518/werkplek/aanvragen/" + id);
        assertEquals("Pagina niet gevonden", browser.h1());
        browser.open("/werkplek");
        assertEquals(GM0518WERKPLEK, browser.pad());
        assertFalse(browser.tekst().contains("Muurfeest Werkplek"));

        Websessie denhaag = Websessie.aangemeld(port, "ambtenaar-denhaag");
        assertEquals(200, denhaag.get(GM0518WERKPLEK).statusCode());
        assertEquals(403, denhaag.post(WERKPLEK, Map.of("zaak", id, "aan", "mij")).statusCode());
        assertEquals(404, denhaag.post(GM0518WERKPLEK, Map.of("zaak", id, "aan", "mij")).statusCode());
        assertEquals(403, denhaag.post(WERKPLEK + "/aanvragen/" + id, Map.of("uitkomst", "TOEGEKEND", "bedrag", "500")).statusCode());
        assertEquals(404, denhaag.post("/gemeenten/GM0518/werkplek/aanvragen/" + id, Map.of("uitkomst", "TOEGEKEND",
                "bedrag", "500")).statusCode());
        Websessie inwoner = Websessie.aangemeld(port, INWONER);
        assertEquals(403, inwoner.get(WERKPLEK).statusCode());
        assertEquals(403, inwoner.post(WERKPLEK, Map.of("zaak", id, "aan", "mij")).statusCode());
        assertEquals(403, inwoner.get("/werkplek").statusCode());

        // nothing was stored: still unassigned and undecided
        Websessie doetinchem = Websessie.aangemeld(port, AMBTENAAR);
        String html = doetinchem.get(WERKPLEK + "?wie=niemand").body();
        assertTrue(html.contains("Muurfeest Werkplek"));
        assertEquals("aangevraagd", api("GET", GM0222 + "/subsidieaanvragen/" + id, AMBTENAAR, null, 200).at("/aanvraag/status")
                .asText());

        // a beheerder chooses the gemeente first
        browser.druk("Afmelden");
        inloggen(browser, "beheerder", "/werkplek");
        assertEquals("Kies de gemeente waarin u werkt", browser.h1());
        keur("werkplek-kiezen");
        browser.klik("Werkvoorraad Doetinchem");
        assertEquals(WERKPLEK, browser.pad());
        assertTrue(browser.tekst().contains("Muurfeest Werkplek"));
    }

    @Test
    public void inspraakStartenZienswijzenOpPapierEnDeReactienota() {
        Browser browser = browser();
        inloggen(browser, AMBTENAAR, WERKPLEK);
        browser.klik("Inspraak starten");
        keur("inspraak-starten");
        browser.druk("Ter inzage leggen");
        assertTrue(browser.titel().startsWith("Fout: "));
        keur("inspraak-starten-fout");
        browser.typ("titel", "Ontwerp Speelplein Werkplek").typ("omschrijving", "Een speelplein met bomen")
                .selecteer("besluitsoort", "OMGEVINGSPLAN").selecteer("onderwerp", "OVERIG")
                .typ("terInzageVanaf", nl(VANDAAG.minusWeeks(7))).druk("Ter inzage leggen");
        assertEquals("Ontwerp Speelplein Werkplek", browser.h1());
        assertTrue(browser.tekst(), browser.tekst().contains("Het ontwerp ligt ter inzage"));
        String id = browser.pad().replaceAll(".*/inspraak/([^?]+).*", "$1");
        keur("inspraak-gestart");

        registreer(browser, "Ik stuur dit te laat in", VANDAAG.minusDays(1));
        assertTrue(browser.titel().startsWith("Fout: "));
        assertTrue(browser.tekst(), browser.tekst().contains("deze is ontvangen op"));
        keur("inspraak-zienswijze-fout");
        registreer(browser, "Graag meer bomen op het plein", VANDAAG.minusWeeks(6));
        assertTrue(browser.tekst(), browser.tekst().contains("De zienswijze is geregistreerd"));
        registreer(browser, "Laat de bankjes staan", VANDAAG.minusWeeks(5));
        assertTrue(browser.tekst(), browser.tekst().contains("2 zienswijzen"));
        keur("inspraak-zienswijzen");

        List<WebElement> antwoorden = browser.alle("textarea[name^='antwoord-']");
        assertEquals(2, antwoorden.size());
        antwoorden.get(0).sendKeys("Er komen zes bomen bij");
        browser.typ("tekst", "Wij danken iedereen die reageerde.").druk("Reactienota publiceren");
        assertTrue("refused before each zienswijze has its answer", browser.titel().startsWith("Fout: "));
        assertTrue(browser.tekst(), browser.tekst().contains("Geef antwoord op zienswijze 2"));
        assertEquals("Er komen zes bomen bij", browser.alle("textarea[name^='antwoord-']").get(0).getAttribute("value"));
        assertEquals("ter_inzage", api("GET", GM0222 + "/initiatieven/" + id, AMBTENAAR, null, 200).get("status").asText());
        keur("reactienota-fout");
        browser.alle("textarea[name^='antwoord-']").get(1).sendKeys("De bankjes blijven staan");
        browser.druk("Reactienota publiceren");
        assertTrue(browser.tekst(), browser.tekst().contains("De reactienota is vastgesteld en gepubliceerd"));
        assertTrue(browser.tekst(), browser.tekst().contains("Reactienota vastgesteld"));
        keur("reactienota-gepubliceerd");
        browser.klik("pagina van de inspraak");
        assertTrue(browser.tekst(), browser.tekst().contains("De bankjes blijven staan")
                && browser.tekst().contains("Wij danken iedereen die reageerde."));

        // without JavaScript: start one and register a letter
        Browser zonder = zonderJavascript();
        inloggen(zonder, AMBTENAAR, WERKPLEK + "/inspraak/nieuw");
        zonder.typ("titel", "Ontwerp Parkeren Werkplek").typ("omschrijving", "Minder parkeerplaatsen")
                .selecteer("besluitsoort", "BELEIDSNOTA").selecteer("onderwerp", "OVERIG").typ("terInzageVanaf", nl(VANDAAG))
                .druk("Ter inzage leggen");
        assertEquals("Ontwerp Parkeren Werkplek", zonder.h1());
        registreer(zonder, "Per brief: graag een laadpaal", VANDAAG);
        assertTrue(zonder.tekst().contains("De zienswijze is geregistreerd"));
        assertTrue(zonder.tekst(), zonder.tekst().contains("De reactienota schrijft u na de termijn"));
    }

    @Test
    public void budgettenMetHunGrootboekEnDeCsv() {
        String id = aanvraag("Budgetfeest Werkplek", "300.00", null);
        api("POST", GM0222 + "/subsidieaanvragen/" + id + "/besluit", AMBTENAAR, "{}", 200);
        Browser browser = browser();
        inloggen(browser, AMBTENAAR, WERKPLEK);
        browser.klik("Budgetten");
        assertTrue(browser.tekst(), browser.tekst().contains("Bewonersinitiatieven werkplek"));
        keur("budgetten");
        browser.klik("Bewonersinitiatieven werkplek");
        assertTrue(browser.tekst(), browser.tekst().contains("Verlening: Budgetfeest Werkplek")
                && browser.tekst().contains("€ 300,00") && browser.tekst().contains("door " + AMBTENAAR));
        keur("grootboek");

        int port = Integer.parseInt(SamenspraakTestSupport.PORTS.get("samenspraak.itest.http.port"));
        Websessie sessie = Websessie.aangemeld(port, AMBTENAAR);
        java.net.http.HttpResponse<String> csv = sessie.get(WERKPLEK + "/budgetten/" + budget() + "?formaat=csv");
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv;charset=utf-8", csv.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
        assertEquals("attachment; filename=\"grootboek-" + budget() + ".csv\"", csv.headers().firstValue("Content-Disposition")
                .orElse(""));
        assertTrue(csv.body(), csv.body().startsWith("\uFEFFvolgnummer;geboekt op;soort;bedrag;omschrijving;referentie;geboekt door\r\n"));
        assertTrue(csv.body(), csv.body().contains(";toekenning;300,00;Verlening: Budgetfeest Werkplek;" + id + ";" + AMBTENAAR + "\r\n"));

        Websessie denhaag = Websessie.aangemeld(port, "ambtenaar-denhaag");
        assertEquals(403, denhaag.get(WERKPLEK + "/budgetten/" + budget() + "?formaat=csv").statusCode());
        assertEquals(404, denhaag.get(GM0518WERKPLEK + "/budgetten/" + budget() + "?formaat=csv").statusCode());
        assertFalse(denhaag.get(GM0518WERKPLEK + "/budgetten").body().contains("Bewonersinitiatieven werkplek"));

        Browser zonder = zonderJavascript();
        inloggen(zonder, AMBTENAAR, WERKPLEK + "/budgetten");
        zonder.klik("Bewonersinitiatieven werkplek");
        assertTrue(zonder.tekst().contains("Download het grootboek als CSV-bestand"));
    }

    @Test
    public void eenRightToChallengeGetoetstAanDeVerordening() {
        String verzoek = uitdaagverzoek("Speeltuinbeheer Werkplek");
        Browser browser = browser();
        inloggen(browser, AMBTENAAR, WERKPLEK);
        browser.klik("Speeltuinbeheer Werkplek");
        assertEquals(WERKPLEK + "/uitdaagrecht/" + verzoek, browser.pad());
        assertTrue(browser.tekst(), browser.tekst().contains("Onderhoud van de speeltuin") && browser.tekst().contains("40 ondersteuners"));
        keur("uitdaagrecht-beslissen");
        browser.druk("Toetsen en besluiten");
        String tekst = browser.tekst();
        assertTrue(tekst, tekst.contains("Het besluit is vastgelegd"));
        assertTrue(tekst, tekst.contains("Besluit over het verzoek: "));
        assertTrue(tekst, tekst.contains("Dit staat in: ") && tekst.contains("bezwaar maken tot en met"));
        assertFalse("decided: no button any more", tekst.contains("Toetsen en besluiten"));
        keur("uitdaagrecht-besloten");
        browser.open(WERKPLEK);
        assertFalse(browser.tekst().contains("Speeltuinbeheer Werkplek"));

        String tweede = uitdaagverzoek("Bankjesbeheer Werkplek");
        Browser zonder = zonderJavascript();
        inloggen(zonder, AMBTENAAR, WERKPLEK + "/uitdaagrecht/" + tweede);
        zonder.druk("Toetsen en besluiten");
        assertTrue(zonder.tekst().contains("Het besluit is vastgelegd"));
        assertTrue(api("GET", GM0222 + "/initiatieven/" + tweede, AMBTENAAR, null, 200).get("status").asText().matches("toegekend|afgewezen|aanvulling_gevraagd"));
    }

    private static String uitdaagverzoek(String titel) {
        return api("POST", GM0222 + "/uitdaagverzoeken", INWONER, "{\"titel\":\"" + titel + "\",\"omschrijving\":\"Wij doen het "
                + "zelf\",\"taak\":\"Onderhoud van de speeltuin\",\"metBudget\":false,\"ondersteuners\":40,"
                + "\"onderbouwing\":[\"maatschappelijke_meerwaarde\",\"draagvlak_in_buurt\"]}", 201).get("id").asText();
    }

    @Test
    public void eenParticipatietrajectMetZijnFasenEnTerugkoppeling() {
        Browser browser = browser();
        inloggen(browser, AMBTENAAR, WERKPLEK);
        browser.klik("Participatietrajecten");
        keur("trajecten");
        browser.druk("Traject starten");
        assertTrue(browser.titel().startsWith("Fout: "));
        keur("trajecten-fout");
        browser.typ("titel", "Herinrichting Werkplekstraat").typ("omschrijving", "Samen ontwerpen we de straat")
                .selecteer("niveau", "COPRODUCEREN").typ("beleidsterrein", "openbare ruimte").druk("Traject starten");
        assertEquals("Herinrichting Werkplekstraat", browser.h1());
        assertTrue(browser.tekst(), browser.tekst().contains("Coproduceren") && browser.tekst().contains("Het traject is gestart"));
        keur("traject");
        browser.selecteer("fase", "UITVOERING").typ("toelichting", "Uw ideeën over bomen staan in het ontwerp")
                .druk("Naar de volgende fase");
        assertTrue(browser.tekst(), browser.tekst().contains("Het traject is naar de volgende fase"));
        keur("traject-verder");
        browser.klik("pagina van het traject");
        assertTrue(browser.tekst(), browser.tekst().contains("Uw ideeën over bomen staan in het ontwerp"));

        Browser zonder = zonderJavascript();
        inloggen(zonder, AMBTENAAR, WERKPLEK + "/trajecten");
        zonder.typ("titel", "Speelplekken Werkplek").typ("omschrijving", "Waar komen speelplekken")
                .selecteer("niveau", "ADVISEREN").typ("beleidsterrein", "jeugd").druk("Traject starten");
        assertEquals("Speelplekken Werkplek", zonder.h1());
    }

    @Test
    public void overheidsparticipatieZietDeInwonerBijZijnInitiatief() {
        String id = aanvraag("Moestuin Meedoen", "500.00", null);
        Browser browser = browser();
        inloggen(browser, AMBTENAAR, WERKPLEK + "/aanvragen/" + id);
        browser.klik("Leg vast hoe de gemeente meedoet");
        assertEquals(WERKPLEK + "/aanvragen/" + id + "/overheidsparticipatie", browser.pad());
        keur("overheidsparticipatie");
        browser.druk("Vastleggen");
        assertTrue(browser.titel().startsWith("Fout: "));
        assertEquals("rol", browser.alle(".samenspraak-foutensamenvatting a").get(0).getAttribute("href").replaceAll(".*#", ""));
        keur("overheidsparticipatie-fout");
        browser.kies("rol", "PARTNER").kies("bijdragen", "GELD").kies("bijdragen", "PLEK")
                .typ("toelichting", "€ 500 voor zaden en gereedschap, en het braakliggende veld aan de Ploegstraat")
                .typ("contactpersoon", "Anna de Wit, wijkregisseur").typ("contact", "a.dewit@doetinchem.example")
                .druk("Vastleggen");
        assertTrue(browser.tekst(), browser.tekst().contains("Vastgelegd. De aanvrager ziet het"));
        assertTrue(browser.tekst(), browser.tekst().contains("door " + AMBTENAAR + ": Partner; Geld en een plek"));
        assertTrue("the form starts from what holds", browser.veld("contactpersoon").getAttribute("value").startsWith("Anna"));
        keur("overheidsparticipatie-vastgelegd");

        // the resident reads it on their initiative's page
        browser.druk("Afmelden");
        inloggen(browser, INWONER, GM0222 + "/initiatieven/" + id);
        String tekst = browser.tekst();
        assertTrue(tekst, tekst.contains("De gemeente doet mee") && tekst.contains("De gemeente is partner van dit initiatief"));
        assertTrue(tekst, tekst.contains("Geld en een plek") && tekst.contains("braakliggende veld aan de Ploegstraat"));
        assertTrue(tekst, tekst.contains("Anna de Wit, wijkregisseur, a.dewit@doetinchem.example"));
        keur("initiatief-overheidsparticipatie");

        // another gemeente's ambtenaar gets nothing of it and changes nothing
        int port = Integer.parseInt(SamenspraakTestSupport.PORTS.get("samenspraak.itest.http.port"));
        Websessie denhaag = Websessie.aangemeld(port, "ambtenaar-denhaag");
        assertEquals(403, denhaag.get(WERKPLEK + "/aanvragen/" + id + "/overheidsparticipatie").statusCode());
        assertEquals(404, denhaag.get(GM0518WERKPLEK + "/aanvragen/" + id + "/overheidsparticipatie").statusCode());
        assertEquals(403, denhaag.post(WERKPLEK + "/aanvragen/" + id + "/overheidsparticipatie", Map.of("rol", "ADVISEUR",
                "bijdragen", "ADVIES", "toelichting", "x", "contactpersoon", "x", "contact", "x")).statusCode());
        assertEquals(404, denhaag.post(GM0518WERKPLEK + "/aanvragen/" + id + "/overheidsparticipatie", Map.of("rol", "ADVISEUR",
                "bijdragen", "ADVIES", "toelichting", "x", "contactpersoon", "x", "contact", "x")).statusCode());
        assertTrue(Websessie.aangemeld(port, INWONER).get(GM0222 + "/initiatieven/" + id).body().contains("Anna de Wit"));

        // without JavaScript the same form works
        Browser zonder = zonderJavascript();
        inloggen(zonder, AMBTENAAR, WERKPLEK + "/aanvragen/" + id + "/overheidsparticipatie");
        zonder.kies("rol", "ADVISEUR").ontkies("bijdragen", "GELD").druk("Vastleggen");
        assertTrue(zonder.tekst(), zonder.tekst().contains(": Adviseur; Een plek"));
    }

    private static void registreer(Browser browser, String inhoud, LocalDate ontvangen) {
        browser.typ("inhoud", inhoud).typ("ontvangenOp", nl(ontvangen)).kies("ingezetene", "ja").typ("leeftijd", "50")
                .druk("Zienswijze registreren");
    }

    private static String nl(LocalDate datum) {
        return datum.getDayOfMonth() + "-" + datum.getMonthValue() + "-" + datum.getYear();
    }

    private static final String GM0518WERKPLEK = "/gemeenten/GM0518/werkplek";

    /** The card of one item in the werkvoorraad. */
    private static WebElement kaart(Browser browser, String id) {
        return browser.driver().findElement(By.xpath("//li[.//h3[@id='zaak-" + id + "']]"));
    }

    /** Presses the assign button of one item: {@code mij} (take it) or {@code collega}. */
    private static void drukBij(Browser browser, String id, String aan) {
        browser.activeer(kaart(browser, id).findElement(By.xpath(".//button[@value='" + aan + "']")));
    }

    private static String aanvraag(String titel, String bedrag, String wijk) {
        budget();
        return api("POST", GM0222 + "/subsidieaanvragen", INWONER, aanvraagJson(titel, bedrag, wijk), 201).get("id").asText();
    }

    private static String aanvraagJson(String titel, String bedrag, String wijk) {
        return "{\"regeling\":\"bewonersinitiatief\",\"titel\":\"" + titel + "\",\"omschrijving\":\"Een middag voor de straat\","
                + "\"activiteitOp\":\"" + VANDAAG.plusMonths(3) + "\",\"gevraagd\":\"" + bedrag + "\",\"schaal\":\"straat\","
                + (wijk == null ? "" : "\"wijk\":\"" + wijk + "\",") + "\"leeftijdAanvrager\":42,"
                + "\"kenmerken\":[\"openbaar_toegankelijk\"]}";
    }

    /** The one budget of the scheme, opened once for the whole class. */
    private static synchronized String budget() {
        if (budget == null) {
            budget = api("POST", GM0222 + "/budgetten", AMBTENAAR, "{\"naam\":\"Bewonersinitiatieven werkplek\","
                    + "\"regeling\":\"bewonersinitiatief\",\"van\":\"2025-01-01\",\"tot\":\"2030-12-31\",\"plafond\":\"10000.00\"}",
                    201).get("id").asText();
        }
        return budget;
    }
}
