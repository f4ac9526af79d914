package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Participatiemonitor's pages in Chromium, with axe and the HTML checker on each: a participant answers a traject's
 * questionnaire (errors first, then once only), a voter answers with the receipt without JavaScript, the project
 * leader sees "te weinig reacties" below five responses and the figures from five on, gives a self-evaluation, and the
 * staff's dashboard draws every indicator as SVG beside its table; the start page shows the public summary.
 */
public class MonitorPaginasIT extends WebTestSupport {

    private static final String GM0222 = "/gemeenten/GM0222";
    private static final String AMBTENAAR = "ambtenaar-doetinchem";
    private static final String INWONER = "inwoner-doetinchem";
    private static final String DE_HUET = "WK022291";

    @Test
    public void vragenlijstTerugkoppelingEnMonitor() {
        // the platform's readiness does not yet cover every API resource (see BackupIT): wait for the ones used here
        SamenspraakTestSupport.awaitNothingMissing("the API resources this test uses", java.time.Duration.ofMinutes(2), () -> {
            for (String[] pad : new String[][] { { "/participatietrajecten/onbekend", "404", "geen initiatief" },
                    { "/initiatieven", "200", "" }, { "/budgetten", "200", "" }, { "/wijkbudgetten", "200", "" },
                    { "/vragenlijsten/onbekend.x", "404", "geen vragenlijst" }, { "/participatiemonitor", "200", "" } }) {
                var antwoord = http("GET", "/api/v1" + GM0222 + pad[0], AMBTENAAR, null);
                if (antwoord.statusCode() != Integer.parseInt(pad[1]) || !antwoord.body().contains(pad[2])) {
                    return pad[0] + " answers " + antwoord.statusCode() + " " + antwoord.body();
                }
            }
            return "";
        });
        // a traject the resident takes part in, whose preparation ended
        String traject = api("POST", GM0222 + "/participatietrajecten", AMBTENAAR, "{\"titel\":\"Groen schoolplein\","
                + "\"omschrijving\":\"Samen ontwerpen\",\"wijk\":\"" + DE_HUET + "\",\"niveau\":\"coproduceren\","
                + "\"beleidsterrein\":\"openbare ruimte\"}", 201).get("id").asText();
        api("POST", GM0222 + "/initiatieven/" + traject + "/deelnemers", AMBTENAAR, "{\"gebruiker\":\"" + INWONER
                + "\",\"rol\":\"deelnemer\"}", 200);
        api("POST", GM0222 + "/participatietrajecten/" + traject + "/fase", AMBTENAAR,
                "{\"fase\":\"uitvoering\",\"toelichting\":\"Ontwerp klaar\"}", 200);

        // the resident is invited on the start page and on the traject's page
        Browser browser = inloggen(browser(), INWONER, GM0222);
        assertTrue(browser.tekst(), browser.tekst().contains("Wat vond u ervan?"));
        browser.open(GM0222 + "/initiatieven/" + traject);
        assertTrue(browser.tekst(), browser.tekst().contains("Wat vond u ervan?"));
        keur("monitor-uitnodiging");
        browser.klik("Vragenlijst over Groen schoolplein (fase voorbereiding afgerond)");
        assertEquals("Wat vond u ervan?", browser.h1());

        // the resident finds and answers it: first with nothing chosen, then fully
        browser.open(GM0222 + "/vragenlijsten");
        assertEquals("Uw vragenlijsten", browser.h1());
        keur("monitor-mijn-vragenlijsten");
        browser.klik("Groen schoolplein");
        assertEquals("Wat vond u ervan?", browser.h1());
        keur("monitor-vragenlijst");
        browser.druk("Antwoorden versturen");
        assertTrue(browser.titel(), browser.titel().startsWith("Fout: "));
        assertEquals(11, browser.alle(".samenspraak-foutensamenvatting a").size()); // 8 statements, 2 cijfers, again
        keur("monitor-vragenlijst-fouten");
        vulIn(browser, "eens", "8");
        browser.typ("goed", "Fijne avonden in de school").druk("Antwoorden versturen");
        assertEquals("Bedankt voor uw antwoorden", browser.h1());
        keur("monitor-vragenlijst-bedankt");
        browser.open(GM0222 + "/vragenlijsten/" + traject + ".voorbereiding");
        assertEquals("U heeft deze vragenlijst al ingevuld", browser.h1());
        keur("monitor-vragenlijst-al-ingevuld");
        browser.open(GM0222 + "/initiatieven/" + traject);
        assertFalse(browser.tekst(), browser.tekst().contains("Wat vond u ervan?"));
        browser.open(GM0222 + "/monitor");
        assertTrue(browser.tekst(), browser.tekst().contains("De Participatiemonitor is voor medewerkers van Doetinchem"));
        browser.open(GM0222).druk("Afmelden");

        // a round with six voters, four of whom answered already with their receipts
        List<String> bewijzen = rondeMetStemmen(6);
        String ronde = bewijzen.remove(0);
        for (int i = 0; i < 4; i++) {
            // long open answers: the printed report must still fit two pages
            api("POST", GM0222 + "/vragenlijsten/" + ronde + ".uitslag/reacties", null, "{\"stellingen\":" + stellingen("eens")
                    + ",\"cijferProces\":" + (6 + i) + ",\"cijferResultaat\":7,\"nogmaals\":\"ja\",\"goed\":\""
                    + "De avonden in het buurthuis waren goed voorbereid. ".repeat(30) + "\",\"beter\":\""
                    + "Meer uitleg over hoe de plannen werden getoetst. ".repeat(30) + "\",\"ontvangstbewijs\":\""
                    + bewijzen.get(i) + "\"}", 201);
        }

        // the project leader: too few responses on the round, then the fifth voter answers without JavaScript
        browser = inloggen(browser(), AMBTENAAR, GM0222 + "/monitor/" + ronde);
        assertTrue(browser.tekst(), browser.tekst().contains("Te weinig reacties"));
        assertFalse(browser.tekst(), browser.tekst().contains("Gemiddelde"));
        keur("monitor-terugkoppeling-te-weinig");

        Browser kiezer = zonderJavascript().open(GM0222 + "/wijkbudgetten/" + ronde + "/uitslag");
        kiezer.klik("Naar de vragenlijst");
        kiezer.typ("ontvangstbewijs", "ab".repeat(32));
        vulIn(kiezer, "helemaal_eens", "10");
        kiezer.druk("Antwoorden versturen");
        assertTrue(kiezer.tekst(), kiezer.tekst().contains("Deze code hoort niet bij een stem in deze ronde"));
        kiezer.typ("ontvangstbewijs", bewijzen.get(4)).druk("Antwoorden versturen");
        assertEquals("Bedankt voor uw antwoorden", kiezer.h1());
        kiezer.open(GM0222 + "/vragenlijsten/" + ronde + ".uitslag").typ("ontvangstbewijs", bewijzen.get(4));
        vulIn(kiezer, "oneens", "2");
        kiezer.druk("Antwoorden versturen");
        assertEquals("U heeft deze vragenlijst al ingevuld", kiezer.h1());

        browser.open(GM0222 + "/monitor/" + ronde);
        assertFalse(browser.tekst(), browser.tekst().contains("Te weinig reacties"));
        // 6 7 8 9 10
        assertEquals("8,0", browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//th[normalize-space(.)='Cijfer voor hoe het ging']/following-sibling::td")).getText());
        keur("monitor-terugkoppeling");
        scrollbaarMetToetsenbord(browser, "stellingen-titel");

        // the printable report of the round: every figure, the open answers cut short, on at most two A4 pages
        browser.klik("Rapport om af te drukken (twee A4-pagina's)");
        assertEquals("Rapport: Wijkbudget monitor", browser.h1());
        String rapport = browser.tekst();
        assertTrue(rapport, rapport.contains("Cijfer voor hoe het ging") && rapport.contains("wijkbudget.stemmen_online"));
        assertFalse(rapport, rapport.contains("Te weinig reacties"));
        assertTrue(rapport, rapport.contains("De avonden in het buurthuis waren goed voorbereid.") && rapport.contains("…"));
        keur("monitor-rapport-ronde");
        assertTrue(paginas(browser, "monitor-rapport-ronde") <= 2);

        // the traject: one response, and the project leader's self-evaluation
        browser.open(GM0222 + "/monitor/" + traject);
        assertTrue(browser.tekst().contains("Te weinig reacties"));
        browser.klik("Uw zelfevaluatie invullen");
        keur("monitor-zelfevaluatie");
        browser.druk("Zelfevaluatie opslaan");
        assertTrue(browser.titel(), browser.titel().startsWith("Fout: "));
        keur("monitor-zelfevaluatie-fouten");
        vulStellingenIn(browser, "helemaal_eens");
        browser.kies("soort", "burgerparticipatie").selecteer("niveau", "coproduceren").selecteer("schaal", "buurt")
                .typ("duurInWeken", "10").selecteer("beslisser", "college").druk("Zelfevaluatie opslaan");
        assertEquals(GM0222 + "/monitor/" + traject, browser.pad());
        assertTrue(browser.tekst(), browser.tekst().contains("Uw zelfevaluatie aanpassen"));
        assertTrue(browser.tekst(), browser.tekst().contains("Helemaal eens"));

        // the traject's report: its typering and key figures, but below five responses no figures of the participants
        browser.klik("Rapport om af te drukken (twee A4-pagina's)");
        assertEquals("Rapport: Groen schoolplein", browser.h1());
        rapport = browser.tekst();
        assertTrue(rapport, rapport.contains("Te weinig reacties"));
        assertFalse(rapport, rapport.contains("Gemiddelde") || rapport.contains("Fijne avonden in de school"));
        assertTrue(rapport, rapport.contains("Burgerparticipatie") && rapport.contains("Het college") && rapport.contains("10 weken"));
        assertTrue(rapport, rapport.contains("deelnemers.per_traject") && rapport.contains("Nieuwe deelnemers per fase"));
        keur("monitor-rapport");
        assertTrue(paginas(browser, "monitor-rapport") <= 2);
        // on paper only the report: the site's header and footer and the links around it are left out
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(browser.driver().findElement(By.cssSelector(".samenspraak-kop")).isDisplayed());
        assertFalse(browser.driver().findElement(By.cssSelector(".samenspraak-voet")).isDisplayed());
        assertTrue(browser.driver().findElement(By.cssSelector(".samenspraak-rapport")).isDisplayed());
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        // the dashboard: a chart beside a table for every indicator with figures
        browser.open(GM0222 + "/monitor");
        assertEquals("Participatiemonitor", browser.h1());
        assertTrue(browser.alle("svg.samenspraak-grafiek").size() >= 10);
        assertEquals(24, browser.alle("section.samenspraak-indicator").size());
        assertTrue(browser.tekst(), browser.tekst().contains("reacties.rapportcijfer"));
        keur("monitor-dashboard");
        browser.selecteer("wijk", DE_HUET).selecteer("jaar", String.valueOf(LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear()))
                .druk("Toon");
        assertTrue(browser.pad(), browser.driver().getCurrentUrl().contains("wijk=" + DE_HUET));
        keur("monitor-dashboard-gefilterd");
        browser.druk("Afmelden");

        // the public summary on the start page
        browser.open(GM0222);
        assertTrue(browser.tekst(), browser.tekst().contains("Hoe gaat meedoen in Doetinchem?"));
        assertTrue(browser.tekst(), browser.tekst().contains("Rapportcijfer van deelnemers voor hoe het ging"));
        keur("monitor-startpagina");
    }

    /**
     * At a phone's width the table is wider than the screen: its container, named by the table's caption, takes the
     * keyboard's focus in the tab order and scrolls with the arrow keys (WCAG 2.1.1), while the page stays put.
     */
    private static void scrollbaarMetToetsenbord(Browser browser, String bijschrift) {
        var driver = browser.driver();
        try {
            driver.manage().window().setSize(new Dimension(Paginakeuring.SMAL, 900));
            WebElement container = driver.findElement(By.cssSelector("[role=region][aria-labelledby='" + bijschrift + "']"));
            assertEquals("0", container.getAttribute("tabindex"));
            assertEquals("table", driver.findElement(By.id(bijschrift)).findElement(By.xpath("..")).getTagName());
            Number breed = (Number) driver.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", container);
            assertTrue("the table fits a phone's width: nothing to scroll", breed.intValue() > 0);
            container.sendKeys(Keys.ARROW_RIGHT);
            assertEquals(container, driver.switchTo().activeElement());
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((Number) driver
                    .executeScript("return arguments[0].scrollLeft;", container)).doubleValue() > 0);
            assertEquals(0L, ((Number) driver.executeScript("return window.scrollX;")).longValue());
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * Prints the page as Chromium does on A4 (DevTools' printToPDF through WebDriver's print), keeps the PDF under
     * {@code target/} and counts its pages: the page objects of its page tree.
     */
    private static int paginas(Browser browser, String naam) {
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        a4.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(browser.driver().print(a4).getContent());
        try {
            Files.write(Path.of(SamenspraakTestSupport.requiredProperty("samenspraak.itest.report"), naam + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String tekst = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(tekst.startsWith("%PDF"));
        Matcher pagina = Pattern.compile("/Type\\s*/Page(?![A-Za-z])").matcher(tekst);
        int aantal = 0;
        while (pagina.find()) {
            aantal++;
        }
        assertTrue("no page found in the PDF of " + naam, aantal > 0);
        return aantal;
    }

    private static void vulIn(Browser browser, String oordeel, String cijfer) {
        vulStellingenIn(browser, oordeel);
        browser.selecteer("cijferProces", cijfer).selecteer("cijferResultaat", cijfer).kies("nogmaals", "ja");
    }

    private static void vulStellingenIn(Browser browser, String oordeel) {
        for (String s : List.of("kader", "aanspreekpunt", "informatie", "invloed", "serieus", "terugkoppeling", "afspiegeling", "verloop")) {
            browser.kies("stelling-" + s, oordeel);
        }
    }

    private static String stellingen(String oordeel) {
        List<String> velden = new ArrayList<>();
        for (String s : List.of("kader", "aanspreekpunt", "informatie", "invloed", "serieus", "terugkoppeling", "afspiegeling", "verloop")) {
            velden.add("\"" + s + "\":\"" + oordeel + "\"");
        }
        return "{" + String.join(",", velden) + "}";
    }

    /** A closed round in De Huet where {@code kiezers} voted: its id first, then the receipts. */
    private static List<String> rondeMetStemmen(int kiezers) {
        String vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String budget = api("POST", GM0222 + "/budgetten", AMBTENAAR, "{\"naam\":\"Monitor pagina's\",\"wijk\":\"" + DE_HUET + "\","
                + "\"regeling\":\"wijkbudget\",\"van\":\"2025-01-01\",\"tot\":\"2030-12-31\",\"plafond\":\"50000.00\"}", 201)
                .get("id").asText();
        String ronde = api("POST", GM0222 + "/wijkbudgetten", AMBTENAAR, "{\"titel\":\"Wijkbudget monitor\",\"wijk\":\"" + DE_HUET
                + "\",\"bedrag\":\"50000.00\",\"budgetId\":\"" + budget + "\",\"proces\":\"stemming-mes\",\"planning\":{\"stemmen\":\""
                + vandaag + "\"}}", 201).get("id").asText();
        String pad = GM0222 + "/wijkbudgetten/" + ronde;
        String plan = api("POST", pad + "/plannen", INWONER, "{\"titel\":\"Bankjes\",\"omschrijving\":\"Voor de wijk\","
                + "\"geschatteKosten\":\"5000.00\"}", 201).get("id").asText();
        api("POST", pad + "/fase", AMBTENAAR, "{\"fase\":\"haalbaarheidstoets\"}", 200);
        api("POST", pad + "/plannen/" + plan + "/haalbaarheid", AMBTENAAR, "{\"haalbaar\":true,\"toelichting\":\"Kan\"}", 200);
        StringBuilder lijst = new StringBuilder();
        for (int i = 0; i < kiezers; i++) {
            lijst.append(i == 0 ? "" : ",").append("{\"kenmerk\":\"pagina-").append(i)
                    .append("\",\"geboortedatum\":\"1980-01-01\",\"wijk\":\"" + DE_HUET + "\"}");
        }
        JsonNode passen = api("POST", pad + "/stempassen", AMBTENAAR, "{\"kiezers\":[" + lijst + "]}", 200);
        api("POST", pad + "/fase", AMBTENAAR, "{\"fase\":\"stemmen\"}", 200);
        List<String> uit = new ArrayList<>(List.of(ronde));
        passen.get("uitgegeven").forEach(code -> uit.add(api("POST", pad + "/stemmen", null, "{\"stemcode\":\"" + code.asText()
                + "\",\"plannen\":[\"" + plan + "\"]}", 201).get("ontvangstbewijs").asText()));
        api("POST", pad + "/uitslag", AMBTENAAR, "", 200);
        return uit;
    }
}
