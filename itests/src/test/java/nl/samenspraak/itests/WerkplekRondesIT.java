package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Base64;
import java.util.Map;

import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;

/**
 * A civil servant runs a wijkbudget round in the werkplek, in a real browser: opens it for a wijk, finds it in the
 * werkvoorraad when its next phase is due, checks each plan (feasible or not, the reason, the final cost), issues
 * voting codes from a CSV file of residents and gets the letters to print, imports paper ballots after a preview that
 * shows the refused line and stores nothing, closes the vote and reaches the published result. Every page passes axe
 * and the HTML checker. An ambtenaar of another gemeente gets nothing of it.
 */
public class WerkplekRondesIT extends WebTestSupport {

    private static final String GM0222 = "/gemeenten/GM0222";
    private static final String WERKPLEK = GM0222 + "/werkplek";
    private static final String WIJK = "WK022291";
    private static final String INWONER = "inwoner-doetinchem";
    private static final String AMBTENAAR = "ambtenaar-doetinchem";
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    public void eenRondeVanOpenenTotGepubliceerdeUitslag() throws Exception {
        String budget = budget("Wijkbudget Werkplek De Huet");
        Browser browser = browser();
        inloggen(browser, AMBTENAAR, WERKPLEK);
        browser.klik("Wijkbudgetrondes");
        keur("werkplek-rondes");
        browser.druk("Ronde openen");
        assertTrue(browser.titel().startsWith("Fout: "));
        keur("werkplek-rondes-fout");
        browser.typ("titel", "Wijkbudget Werkplek 2027").selecteer("wijk", WIJK).typ("bedrag", "20.000")
                .selecteer("budget", budget).selecteer("proces", "stemming-mes")
                .typ("planning-haalbaarheidstoets", nl(VANDAAG)).typ("planning-stemmen", nl(VANDAAG.plusDays(7)))
                .typ("planning-uitslag", nl(VANDAAG.plusDays(21))).druk("Ronde openen");
        assertEquals("Wijkbudget Werkplek 2027", browser.h1());
        assertTrue(browser.tekst(), browser.tekst().contains("De ronde is geopend") && browser.tekst().contains("€ 20.000,00")
                && browser.tekst().contains("stemming-mes"));
        String ronde = browser.pad().replaceAll(".*/rondes/([^?]+).*", "$1");
        keur("werkplek-ronde-geopend");

        String speeltuin = plan(ronde, "Speeltuin Werkplek", "8000.00");
        String bankjes = plan(ronde, "Bankjes Werkplek", "3000.00");
        String muurkunst = plan(ronde, "Muurkunst Werkplek", "4000.00");

        // the feasibility check was announced for today: the round is in the werkvoorraad
        browser.open(WERKPLEK);
        WebElement taak = rondetaak(browser, ronde);
        assertTrue(taak.getText(), taak.getText().contains("Naar de fase haalbaarheidstoets")
                && taak.getText().contains("laatste dag vandaag"));
        browser.activeer(taak.findElement(By.linkText("Wijkbudget Werkplek 2027")));
        browser.selecteer("fase", "HAALBAARHEIDSTOETS").druk("Naar de volgende fase");
        assertTrue(browser.tekst(), browser.tekst().contains("De ronde is nu in de fase"));
        browser.open(WERKPLEK + "?soort=WIJKBUDGET");
        assertTrue(browser.tekst(), rondetaak(browser, ronde).getText().contains("3 plannen wachten op de haalbaarheidstoets"));
        assertFalse("only the rounds' tasks under this filter", browser.tekst().contains("Subsidieaanvraag beslissen"));
        keur("werkplek-werkvoorraad-rondes");

        browser.open(WERKPLEK + "/rondes/" + ronde);
        toets(browser, muurkunst, "nee", "", "");
        assertTrue(browser.titel().startsWith("Fout: "));
        assertEquals("toetsing-" + muurkunst, browser.alle(".samenspraak-foutensamenvatting a").get(0).getAttribute("href")
                .replaceAll(".*#", ""));
        keur("werkplek-ronde-toets-fout");
        toets(browser, muurkunst, "nee", "De muur is van een woningcorporatie die geen toestemming geeft", "");
        assertTrue(browser.tekst(), browser.tekst().contains("De toets van Muurkunst Werkplek is vastgelegd"));
        toets(browser, speeltuin, "ja", "Kan, met een valdempende ondergrond", "9.500");
        toets(browser, bankjes, "ja", "Kan", "");
        String tekst = browser.tekst();
        assertTrue(tekst, tekst.contains("Niet haalbaar: De muur is van een woningcorporatie")
                && tekst.contains("Kosten na de toets: € 9.500,00"));
        keur("werkplek-ronde-getoetst");
        assertFalse("checked: nothing waits", browser.open(WERKPLEK).tekst().contains("wachten op de haalbaarheidstoets"));
        browser.open(WERKPLEK + "/rondes/" + ronde);
        browser.selecteer("fase", "STEMMEN").druk("Naar de volgende fase");

        // voting codes from a CSV file of residents: the letters are the only place the codes are shown
        browser.klik("Stemcodes uitgeven en brieven afdrukken");
        keur("werkplek-stempassen");
        browser.druk("Stemcodes uitgeven");
        assertTrue(browser.titel().startsWith("Fout: "));
        keur("werkplek-stempassen-fout");
        Path csv = Files.createTempFile("bewoners", ".csv");
        Files.writeString(csv, "kenmerk;naam;adres;postcode;woonplaats;geboortedatum;wijk\r\n"
                + "werkplek-1;A. Jansen;Dorpsstraat 1;7001 AA;Doetinchem;1980-03-31;" + WIJK + "\r\n"
                + "werkplek-2;B. de Vries;Kerkstraat 2;7001 AB;Doetinchem;2-2-1975;" + WIJK + "\r\n"
                + "werkplek-3;C. Bakker;Molenweg 3;7001 AC;Doetinchem;1990-01-01;" + WIJK + "\r\n"
                + "werkplek-kind;D. Bakker;Molenweg 3;7001 AC;Doetinchem;" + VANDAAG.minusYears(12) + ";" + WIJK + "\r\n",
                StandardCharsets.UTF_8);
        browser.veld("kiezers").sendKeys(csv.toAbsolutePath().toString());
        browser.druk("Stemcodes uitgeven");
        assertEquals("Stemcodes en brieven", browser.h1());
        List<String> codes = browser.alle(".samenspraak-stemcode").stream().map(WebElement::getText).toList();
        assertEquals(3, codes.size());
        codes.forEach(c -> assertTrue(c, c.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")));
        tekst = browser.tekst();
        assertTrue(tekst, tekst.contains("3 stemcodes zijn uitgegeven, 1 bewoner niet") && tekst.contains("werkplek-kind")
                && tekst.contains("Stemmen kan vanaf 16 jaar"));
        assertTrue(tekst, tekst.contains("A. Jansen") && tekst.contains("7001 AA Doetinchem")
                && tekst.contains(basis() + GM0222 + "/wijkbudgetten/" + ronde + "/stemmen"));
        keur("werkplek-stempassen-brieven");
        // on paper: only the letters, each on its own sheet
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(browser.driver().findElement(By.cssSelector(".samenspraak-niet-afdrukken")).isDisplayed());
        assertEquals(3, browser.alle(".samenspraak-stembrief").size());
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        List<String> afgedrukt = pdfPaginas(Base64.getDecoder().decode(browser.driver().print(new PrintOptions()).getContent()),
                "stembrieven-afgedrukt");
        assertEquals("Chromium prints one letter per page", 3, afgedrukt.size());
        for (int i = 0; i < 3; i++) {
            assertTrue(afgedrukt.get(i), afgedrukt.get(i).contains(codes.get(i)));
        }

        // the same letters as the server's PDF: once, in this session only
        String link = browser.driver().findElement(By.linkText("Download de brieven als pdf")).getAttribute("href");
        assertTrue(link, link.contains(WERKPLEK + "/rondes/" + ronde + "/stempassen/brieven/"));
        int port = Integer.parseInt(SamenspraakTestSupport.PORTS.get("samenspraak.itest.http.port"));
        assertEquals("another session of the same ambtenaar gets nothing", 410,
                Websessie.aangemeld(port, AMBTENAAR).get(link.substring(basis().length())).statusCode());
        java.net.http.HttpResponse<byte[]> brieven = download(browser, link);
        assertEquals(200, brieven.statusCode());
        assertEquals("application/pdf", brieven.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"stembrieven-" + ronde + ".pdf\"",
                brieven.headers().firstValue("Content-Disposition").orElse(""));
        List<String> paginas = pdfPaginas(brieven.body(), "stembrieven-server");
        assertEquals("one page per resident who got a code", 3, paginas.size());
        for (int i = 0; i < 3; i++) {
            String pagina = paginas.get(i);
            assertTrue(pagina, pagina.contains(codes.get(i)) && pagina.contains("Uw persoonlijke stemcode voor"));
            for (int j = 0; j < 3; j++) {
                assertTrue("one code per page", i == j || !pagina.contains(codes.get(j)));
            }
        }
        assertTrue(paginas.get(1), paginas.get(1).contains("B. de Vries") && paginas.get(1).contains("7001 AB Doetinchem"));
        assertEquals("the link works once", 410, download(browser, link).statusCode());

        browser.open(WERKPLEK + "/rondes/" + ronde + "/stempassen");
        assertFalse("the codes are shown once", codes.stream().anyMatch(browser.tekst()::contains));
        Files.delete(csv);

        String pad = GM0222 + "/wijkbudgetten/" + ronde;
        api("POST", pad + "/stemmen", null, "{\"stemcode\":\"" + codes.get(0) + "\",\"plannen\":[\"" + speeltuin + "\"]}", 201);

        // paper ballots: a preview first, with the refused line, and nothing stored until "inlezen"
        browser.open(WERKPLEK + "/rondes/" + ronde);
        browser.klik("Papieren stemmen inlezen");
        keur("werkplek-papieren-stemmen");
        Path stemmen = Files.createTempFile("papier", ".csv");
        Files.writeString(stemmen, "# papieren stemmen buurthuis\n" + codes.get(1) + ";" + bankjes + "," + speeltuin + "\n"
                + codes.get(0) + ";" + bankjes + "\n", StandardCharsets.UTF_8);
        browser.veld("stemmen").sendKeys(stemmen.toAbsolutePath().toString());
        browser.druk("Controleren");
        tekst = browser.tekst();
        assertTrue(tekst, tekst.contains("Er is nog niets opgeslagen. 1 stem wordt ingelezen, 1 regel wordt geweigerd"));
        WebElement geweigerd = browser.driver().findElement(By.cssSelector("tbody tr"));
        assertTrue(geweigerd.getText(), geweigerd.getText().startsWith("3 ") && geweigerd.getText().contains("al gestemd"));
        keur("werkplek-papieren-stemmen-controle");
        assertFalse("the preview stored nothing", http("GET", "/api/v1" + pad + "/pabulib", AMBTENAAR, null).body().contains("paper"));
        browser.druk("Stemmen inlezen");
        assertTrue(browser.tekst(), browser.tekst().contains("1 papieren stem is ingelezen"));
        assertTrue(http("GET", "/api/v1" + pad + "/pabulib", AMBTENAAR, null).body().contains("paper"));
        Files.delete(stemmen);

        browser.druk("Stemming sluiten en uitslag publiceren");
        tekst = browser.tekst();
        assertTrue(tekst, tekst.contains("De stemming is gesloten en de uitslag is gepubliceerd"));
        assertTrue(tekst, tekst.contains("1 digitale en 1 papieren stemmen") && tekst.contains("Speeltuin Werkplek: € 9.500,00"));
        keur("werkplek-ronde-uitslag");
        browser.klik("uitslagpagina voor bewoners");
        assertEquals("Uitslag: Wijkbudget Werkplek 2027", browser.h1());
        assertTrue(browser.tekst(), browser.tekst().contains("Speeltuin Werkplek"));
        assertEquals("uitslag", api("GET", pad, AMBTENAAR, null, 200).get("fase").asText());

        // without JavaScript: open a round and move it on
        String tweedeBudget = budget("Wijkbudget Werkplek zonder script");
        Browser zonder = zonderJavascript();
        inloggen(zonder, AMBTENAAR, WERKPLEK + "/rondes");
        zonder.typ("titel", "Wijkbudget Zonder Script").selecteer("wijk", WIJK).typ("bedrag", "1000")
                .selecteer("budget", tweedeBudget).selecteer("proces", "stemming-mes").druk("Ronde openen");
        assertEquals("Wijkbudget Zonder Script", zonder.h1());
        zonder.selecteer("fase", "HAALBAARHEIDSTOETS").druk("Naar de volgende fase");
        assertTrue(zonder.tekst().contains("De ronde is nu in de fase"));
    }

    @Test
    public void eenAmbtenaarVanEenAndereGemeenteKrijgtNietsVanDeRondes() {
        String budget = budget("Wijkbudget Werkplek muur");
        String ronde = api("POST", GM0222 + "/wijkbudgetten", AMBTENAAR, "{\"titel\":\"Ronde Muur Werkplek\",\"wijk\":\"" + WIJK
                + "\",\"bedrag\":\"1000.00\",\"budgetId\":\"" + budget + "\",\"proces\":\"stemming-mes\"}", 201).get("id").asText();
        int port = Integer.parseInt(SamenspraakTestSupport.PORTS.get("samenspraak.itest.http.port"));
        Websessie denhaag = Websessie.aangemeld(port, "ambtenaar-denhaag");
        for (String pagina : List.of("/rondes", "/rondes/" + ronde, "/rondes/" + ronde + "/stempassen",
                "/rondes/" + ronde + "/stempassen/brieven/onbekend")) {
            assertEquals(pagina, 403, denhaag.get(WERKPLEK + pagina).statusCode());
        }
        assertEquals(404, denhaag.get("/gemeenten/GM0518/werkplek/rondes/" + ronde).statusCode());
        assertEquals(404, denhaag.get("/gemeenten/GM0518/werkplek/rondes/" + ronde + "/stempassen").statusCode());
        assertFalse(denhaag.get("/gemeenten/GM0518/werkplek/rondes").body().contains("Ronde Muur Werkplek"));
        assertFalse(denhaag.get("/gemeenten/GM0518/werkplek").body().contains("Ronde Muur Werkplek"));
        assertEquals(403, denhaag.post(WERKPLEK + "/rondes/" + ronde, Map.of("actie", "fase", "fase", "STEMMEN")).statusCode());
        assertEquals(404, denhaag.post("/gemeenten/GM0518/werkplek/rondes/" + ronde, Map.of("actie", "fase",
                "fase", "HAALBAARHEIDSTOETS")).statusCode());
        assertEquals(403, denhaag.post(WERKPLEK + "/rondes", Map.of("titel", "Kaping", "wijk", WIJK, "bedrag", "10",
                "budget", budget, "proces", "stemming-mes")).statusCode());
        Websessie inwoner = Websessie.aangemeld(port, INWONER);
        assertEquals(403, inwoner.get(WERKPLEK + "/rondes/" + ronde).statusCode());
        assertEquals(403, inwoner.post(WERKPLEK + "/rondes/" + ronde, Map.of("actie", "fase", "fase", "HAALBAARHEIDSTOETS"))
                .statusCode());

        // nothing changed, and Doetinchem's own ambtenaar sees the round
        assertEquals("plannen_indienen", api("GET", GM0222 + "/wijkbudgetten/" + ronde, AMBTENAAR, null, 200).get("fase").asText());
        assertEquals(1, api("GET", GM0222 + "/wijkbudgetten", AMBTENAAR, null, 200).toString().split("Ronde Muur Werkplek", -1).length - 1);
        assertTrue(Websessie.aangemeld(port, AMBTENAAR).get(WERKPLEK + "/rondes").body().contains("Ronde Muur Werkplek"));
    }

    private static void toets(Browser browser, String plan, String haalbaar, String waarom, String kosten) {
        browser.kies("haalbaar-" + plan, haalbaar).typ("toetsing-" + plan, waarom).typ("kosten-" + plan, kosten);
        WebElement sectie = browser.driver().findElement(By.xpath("//section[.//h3[@id='plan-" + plan + "']]"));
        browser.activeer(sectie.findElement(By.xpath(".//button[normalize-space(.)='Toets vastleggen']")));
    }

    /** The card of a round's task in the werkvoorraad. */
    private static WebElement rondetaak(Browser browser, String ronde) {
        return browser.driver().findElement(By.xpath("//li[.//h3[starts-with(@id, 'rondetaak-" + ronde + "-')]]"));
    }

    private static String plan(String ronde, String titel, String kosten) {
        return api("POST", GM0222 + "/wijkbudgetten/" + ronde + "/plannen", INWONER, "{\"titel\":\"" + titel
                + "\",\"omschrijving\":\"Voor de wijk\",\"geschatteKosten\":\"" + kosten + "\"}", 201).get("id").asText();
    }

    private static String budget(String naam) {
        return api("POST", GM0222 + "/budgetten", AMBTENAAR, "{\"naam\":\"" + naam + "\",\"wijk\":\"" + WIJK + "\","
                + "\"regeling\":\"wijkbudget\",\"van\":\"2025-01-01\",\"tot\":\"2030-12-31\",\"plafond\":\"50000.00\"}", 201)
                .get("id").asText();
    }

    private static String nl(LocalDate datum) {
        return datum.getDayOfMonth() + "-" + datum.getMonthValue() + "-" + datum.getYear();
    }
}
