package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A resident takes part through the pages, end to end in a real browser, each flow also with JavaScript off:
 * a subsidy application from plan to "mijn aanvragen" (and an aanvulling, and the besluit explained); a vote
 * with a personal code, its receipt checked, the results explained; a zienswijze and the reactienota; a
 * participatietraject and a Right to Challenge request. Every page passes axe and the HTML checker. A resident
 * of another gemeente sees nothing private of these.
 */
public class DeelnemenIT extends WebTestSupport {

    private static final String GM0222 = "/gemeenten/GM0222";
    private static final String INWONER = "inwoner-doetinchem";
    private static final String AMBTENAAR = "ambtenaar-doetinchem";
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    public void eenBewonersinitiatiefVanPlanTotBesluit() {
        Browser browser = browser();
        browser.open(GM0222);
        assertEquals("Meedoen in Doetinchem", browser.h1());
        keur("start");
        browser.klik("Vraag subsidie aan voor een bewonersinitiatief");
        assertTrue("sign in first", browser.pad().startsWith("/inloggen?terug="));
        browser.typ("gebruikersnaam", INWONER).typ("wachtwoord", "demo").druk("Inloggen");
        assertEquals(GM0222 + "/aanvragen/nieuw", browser.pad());
        keur("aanvraag-stap-1");

        browser.typ("titel", "Buurtfeest Overstegen").typ("activiteitOp", "31-2-2027").typ("gevraagd", "zevenhonderd")
                .druk("Naar stap 2: controleren");
        assertTrue(browser.titel().startsWith("Fout: "));
        assertEquals("Buurtfeest Overstegen", browser.veld("titel").getAttribute("value"));
        assertEquals("zevenhonderd", browser.veld("gevraagd").getAttribute("value"));
        List<String> links = new ArrayList<>();
        browser.alle(".samenspraak-foutensamenvatting a").forEach(a -> links.add(URI.create(a.getAttribute("href")).getFragment()));
        assertEquals(List.of("omschrijving", "activiteitOp", "gevraagd", "leeftijd"), links);
        keur("aanvraag-fouten");

        vulAanvraagIn(browser, "Buurtfeest Overstegen", "750,00");
        browser.druk("Naar stap 2: controleren");
        assertEquals("Stap 2 van 3: controleer uw aanvraag", browser.h1());
        assertTrue(browser.tekst(), browser.tekst().contains("Modelregeling bewonersinitiatieven"));
        assertTrue(browser.tekst(), browser.tekst().contains("U kunt € 750,00 krijgen"));
        keur("aanvraag-stap-2");
        browser.druk("Aanpassen");
        assertEquals("Buurtfeest Overstegen", browser.veld("titel").getAttribute("value"));
        browser.druk("Naar stap 2: controleren").druk("Aanvraag versturen");
        assertEquals("Uw aanvraag is verstuurd", browser.h1());
        String id = browser.driver().findElement(By.cssSelector(".samenspraak-bewijs")).getText();
        keur("aanvraag-verstuurd");

        browser.klik("Naar Mijn aanvragen");
        assertTrue(browser.tekst().contains("Buurtfeest Overstegen"));
        assertTrue(browser.tekst().contains(id));
        keur("mijn-aanvragen");

        api("POST", GM0222 + "/subsidieaanvragen/" + id + "/aanvullingsverzoek", AMBTENAAR,
                "{\"toelichting\":\"Vertel hoeveel buren er komen\"}", 200);
        browser.open(GM0222 + "/mijn-aanvragen");
        assertTrue(browser.tekst().contains("De gemeente vraagt: Vertel hoeveel buren er komen"));
        keur("mijn-aanvragen-aanvulling");
        browser.driver().findElement(By.partialLinkText("Vul uw aanvraag aan")).click();
        assertEquals("Buurtfeest Overstegen", browser.veld("titel").getAttribute("value"));
        keur("aanvulling");
        browser.typ("omschrijving", "Een middag voor de hele straat, met ongeveer 60 buren").druk("Aanvulling versturen");
        assertEquals(GM0222 + "/mijn-aanvragen", browser.pad());
        assertTrue(browser.tekst().contains("Aangevraagd: de gemeente beoordeelt uw aanvraag"));

        api("POST", GM0222 + "/budgetten", AMBTENAAR, "{\"naam\":\"Bewonersinitiatieven web\",\"regeling\":\"bewonersinitiatief\","
                + "\"van\":\"2025-01-01\",\"tot\":\"2030-12-31\",\"plafond\":\"10000.00\"}", 201);
        api("POST", GM0222 + "/subsidieaanvragen/" + id + "/besluit", AMBTENAAR, "{}", 200);
        browser.open(GM0222 + "/initiatieven/" + id);
        String tekst = browser.tekst();
        assertTrue(tekst, tekst.contains("Besluit over de subsidie: toegekend"));
        assertTrue(tekst, tekst.contains("Dit staat in: Modelregeling bewonersinitiatieven"));
        assertTrue(tekst, tekst.contains("bezwaar maken tot en met"));
        assertTrue(tekst, tekst.contains("nl.samenspraak.gemeente-model"));
        keur("initiatief-besluit");

        // the tenant wall: a resident of another gemeente does not even see that it exists
        browser.druk("Afmelden");
        inloggen(browser, "inwoner-denhaag", GM0222 + "/initiatieven/" + id);
        assertEquals("Pagina niet gevonden", browser.h1());
        browser.open(GM0222 + "/mijn-aanvragen");
        assertFalse(browser.tekst().contains("Buurtfeest Overstegen"));
        browser.open(GM0222 + "/initiatieven");
        assertFalse(browser.tekst().contains("Buurtfeest Overstegen"));
        assertEquals(404, http("GET", GM0222 + "/initiatieven/" + id, null, null).statusCode());

        // without JavaScript the same steps work
        Browser zonder = zonderJavascript();
        inloggen(zonder, INWONER, GM0222 + "/aanvragen/nieuw");
        vulAanvraagIn(zonder, "Buurtmoestuin De Huet", "450");
        zonder.druk("Naar stap 2: controleren").druk("Aanvraag versturen");
        assertEquals("Uw aanvraag is verstuurd", zonder.h1());
        zonder.klik("Naar Mijn aanvragen");
        assertTrue(zonder.tekst().contains("Buurtmoestuin De Huet"));
    }

    @Test
    public void zonderRegelsKanNiemandAanvragenEnWordtNietsOpgeslagen() {
        Browser browser = browser();
        inloggen(browser, "inwoner-denhaag", "/gemeenten/GM0518/aanvragen/nieuw");
        vulAanvraagIn(browser, "Straatfeest Moerwijk", "500");
        browser.druk("Naar stap 2: controleren");
        assertEquals("Subsidie aanvragen kan nu niet", browser.h1());
        keur("regels-ontbreken");
        assertEquals(0, api("GET", "/gemeenten/GM0518/initiatieven", "ambtenaar-denhaag", null, 200).get("initiatieven").size());
    }

    @Test
    public void stemmenMetEenStemcodeEnDeUitslagBegrijpen() {
        Map<String, String> plannen = new LinkedHashMap<>();
        String ronde = rondeMetPlannen(plannen);
        String pad = GM0222 + "/wijkbudgetten/" + ronde;
        List<String> codes = stempassen(ronde, 14);
        api("POST", pad + "/fase", AMBTENAAR, "{\"fase\":\"stemmen\"}", 200);

        Browser browser = browser().open(GM0222);
        browser.klik("Wijkbudget Overstegen");
        assertEquals("Wijkbudget Overstegen", browser.h1());
        keur("ronde");
        browser.klik("Stem met uw stemcode");
        keur("stemmen");
        browser.typ("stemcode", codes.get(0)).kies("plannen", plannen.get("Speeltuin")).kies("plannen", plannen.get("Bankjes"))
                .kies("plannen", plannen.get("Moestuin")).druk("Bereken opnieuw");
        assertTrue(browser.tekst(), browser.tekst().contains("€ 55.000,00 van € 50.000,00 gekozen: € 5.000,00 te veel"));
        browser.druk("Naar stap 2: controleren");
        assertTrue(browser.titel().startsWith("Fout: "));
        assertTrue(browser.tekst().contains("Uw plannen kosten samen meer dan het budget"));
        assertEquals(codes.get(0), browser.veld("stemcode").getAttribute("value"));
        keur("stemmen-te-duur");
        browser.ontkies("plannen", plannen.get("Bankjes")).druk("Bereken opnieuw");
        assertTrue(browser.tekst(), browser.tekst().contains("€ 35.000,00 van € 50.000,00 gekozen, € 15.000,00 over"));
        browser.druk("Naar stap 2: controleren");
        assertEquals("Controleer uw stem", browser.h1());
        keur("stemmen-controle");
        browser.druk("Stem uitbrengen");
        assertEquals("Uw stem is uitgebracht", browser.h1());
        String bewijs = browser.driver().findElement(By.cssSelector("p.samenspraak-bewijs")).getText();
        keur("stem-bewijs");

        browser.open(pad + "/bewijs");
        keur("bewijs-controleren");
        browser.typ("bewijs", bewijs).druk("Controleren");
        assertTrue(browser.tekst().contains("is ontvangen en wordt meegeteld"));
        keur("bewijs-gevonden");
        browser.typ("bewijs", "niet-een-bewijs").druk("Controleren");
        assertTrue(browser.tekst().contains("We vinden geen stem met dit bewijs"));

        browser.open(pad + "/stemmen").typ("stemcode", codes.get(0)).kies("plannen", plannen.get("Moestuin"))
                .druk("Naar stap 2: controleren").druk("Stem uitbrengen");
        assertTrue(browser.tekst().contains("Met deze stemcode is al gestemd"));
        assertEquals(409, http("POST", "/api/v1" + pad + "/stemmen", null, "{\"stemcode\":\"" + codes.get(0)
                + "\",\"plannen\":[\"" + plannen.get("Moestuin") + "\"]}").statusCode());
        keur("stemmen-al-gestemd");
        browser.open(pad + "/stemmen").typ("stemcode", "AAAA-BBBB-CCCC").kies("plannen", plannen.get("Moestuin"))
                .druk("Naar stap 2: controleren").druk("Stem uitbrengen");
        assertTrue(browser.tekst().contains("Deze stemcode kennen we niet"));

        Browser zonder = zonderJavascript().open(pad + "/stemmen");
        zonder.typ("stemcode", codes.get(1)).kies("plannen", plannen.get("Moestuin")).kies("plannen", plannen.get("Bankjes"))
                .druk("Bereken opnieuw");
        assertTrue(zonder.tekst(), zonder.tekst().contains("€ 35.000,00 van € 50.000,00 gekozen, € 15.000,00 over"));
        zonder.druk("Naar stap 2: controleren").druk("Stem uitbrengen");
        assertEquals("Uw stem is uitgebracht", zonder.h1());
        String bewijsZonder = zonder.driver().findElement(By.cssSelector("p.samenspraak-bewijs")).getText();
        zonder.open(pad + "/bewijs").typ("bewijs", bewijsZonder).druk("Controleren");
        assertTrue(zonder.tekst().contains("is ontvangen en wordt meegeteld"));

        // the others vote by API: a big group for two dear plans, small groups for cheap ones
        for (int i = 2; i < codes.size(); i++) {
            List<String> keuze = i < 9 ? List.of(plannen.get("Speeltuin"), plannen.get("Bankjes"))
                    : i < 12 ? List.of(plannen.get("Moestuin")) : List.of(plannen.get("Bloembakken"));
            api("POST", pad + "/stemmen", null, "{\"stemcode\":\"" + codes.get(i) + "\",\"plannen\":[\""
                    + String.join("\",\"", keuze) + "\"]}", 201);
        }
        JsonNode uitslag = api("POST", pad + "/uitslag", AMBTENAAR, "", 200).get("uitslag");
        browser.open(pad);
        browser.klik("Bekijk de uitslag");
        String tekst = browser.tekst();
        assertTrue(tekst, tekst.contains("Methode van Gelijke Delen"));
        for (JsonNode gekozen : uitslag.get("gekozen")) {
            String titel = plannen.entrySet().stream().filter(e -> e.getValue().equals(gekozen.asText())).findFirst()
                    .orElseThrow().getKey();
            assertTrue(titel + " won: " + tekst, tekst.substring(tekst.indexOf("Gekozen plannen"),
                    tekst.indexOf("Zelf narekenen")).contains(titel));
        }
        assertTrue(tekst, tekst.contains("De kosten werden gedeeld door"));
        keur("uitslag");
        String pabulib = browser.driver().findElement(By.linkText("Download de stemmen (Pabulib-bestand)")).getAttribute("href");
        var export = http("GET", URI.create(pabulib).getPath(), null, null);
        assertEquals(200, export.statusCode());
        assertTrue(export.body().contains(bewijs + ";"));
        zonderJavascript().open(pad + "/uitslag");
        assertTrue(zonderJavascript().tekst().contains("Gekozen plannen"));
    }

    @Test
    public void eenZienswijzeEnDeReactienota() {
        JsonNode inspraak = api("POST", GM0222 + "/inspraak", AMBTENAAR, "{\"titel\":\"Ontwerp Raadhuisplein\","
                + "\"omschrijving\":\"Meer groen en minder parkeerplaatsen\",\"besluitsoort\":\"omgevingsplan\","
                + "\"onderwerp\":\"overig\",\"terInzageVanaf\":\"" + VANDAAG + "\"}", 201);
        String id = inspraak.get("id").asText();
        Browser browser = browser().open(GM0222);
        assertTrue(browser.tekst(), browser.tekst().contains("Ontwerp Raadhuisplein: u kunt reageren tot en met"));
        browser.klik("Ontwerp Raadhuisplein");
        assertTrue(browser.tekst().contains("Wie mag reageren"));
        keur("inspraak");
        browser.klik("Geef uw zienswijze");
        browser.typ("gebruikersnaam", INWONER).typ("wachtwoord", "demo").druk("Inloggen");
        keur("zienswijze");
        browser.druk("Zienswijze versturen");
        assertTrue(browser.titel().startsWith("Fout: "));
        keur("zienswijze-fouten");
        browser.typ("inhoud", "Graag vier bomen op het plein").kies("ingezetene", "ja").typ("leeftijd", "44")
                .druk("Zienswijze versturen");
        assertEquals("Uw zienswijze is ontvangen", browser.h1());
        keur("zienswijze-ontvangen");

        Browser zonder = zonderJavascript();
        inloggen(zonder, INWONER, GM0222 + "/initiatieven/" + id + "/zienswijze");
        zonder.typ("inhoud", "Ik werk aan het plein: laat de fietsenstalling staan").kies("ingezetene", "nee")
                .kies("belanghebbende", "ja").typ("leeftijd", "38").druk("Zienswijze versturen");
        assertEquals("Uw zienswijze is ontvangen", zonder.h1());

        JsonNode zienswijzen = api("GET", GM0222 + "/inspraak/" + id + "/zienswijzen", AMBTENAAR, null, 200).get("zienswijzen");
        assertEquals(2, zienswijzen.size());
        Map<String, String> antwoorden = new LinkedHashMap<>();
        zienswijzen.forEach(z -> antwoorden.put(z.get("id").asText(), "Antwoord op: " + z.get("inhoud").asText()));
        StringBuilder json = new StringBuilder("{\"tekst\":\"Wij danken de indieners.\",\"antwoorden\":{");
        antwoorden.forEach((k, v) -> json.append('"').append(k).append("\":\"").append(v).append("\","));
        json.setLength(json.length() - 1);
        api("POST", GM0222 + "/inspraak/" + id + "/reactienota", AMBTENAAR, json.append("}}").toString(), 200);
        browser.open(GM0222 + "/initiatieven/" + id);
        assertTrue(browser.tekst().contains("Antwoord van de gemeente: Antwoord op: Graag vier bomen op het plein"));
        keur("reactienota");
    }

    @Test
    public void eenParticipatietrajectEnEenUitdaagverzoek() {
        String traject = api("POST", GM0222 + "/participatietrajecten", AMBTENAAR, "{\"titel\":\"Herinrichting Stationsplein\","
                + "\"omschrijving\":\"Samen ontwerpen\",\"niveau\":\"coproduceren\",\"beleidsterrein\":\"openbare ruimte\"}", 201)
                .get("id").asText();
        api("POST", GM0222 + "/participatietrajecten/" + traject + "/fase", AMBTENAAR,
                "{\"fase\":\"uitvoering\",\"toelichting\":\"Uw ideeën staan in het ontwerp\"}", 200);
        Browser browser = browser().open(GM0222 + "/initiatieven?soort=PARTICIPATIETRAJECT");
        keur("initiatieven");
        browser.klik("Herinrichting Stationsplein");
        assertTrue(browser.tekst().contains("Coproduceren: u maakt het plan samen met de gemeente (dit traject)"));
        assertTrue(browser.tekst().contains("Uw ideeën staan in het ontwerp"));
        keur("traject");

        inloggen(browser, INWONER, GM0222 + "/uitdaagrecht/nieuw");
        keur("uitdaagrecht");
        browser.typ("titel", "Groen Vogelbuurt").typ("taak", "Onderhoud van het groen in de Vogelbuurt")
                .typ("omschrijving", "Wij maaien en snoeien met 20 vrijwilligers").typ("ondersteuners", "40")
                .druk("Verzoek versturen");
        assertEquals("Uw aanvraag is verstuurd", browser.h1());
        browser.klik("Naar Mijn aanvragen");
        assertTrue(browser.tekst().contains("Groen Vogelbuurt"));
        assertTrue(browser.tekst().contains("Right to Challenge"));
    }

    // ---- helpers ----

    private static void vulAanvraagIn(Browser browser, String titel, String bedrag) {
        browser.typ("titel", titel).typ("omschrijving", "Een middag voor de hele straat")
                .typ("activiteitOp", VANDAAG.plusMonths(3).getDayOfMonth() + "-" + VANDAAG.plusMonths(3).getMonthValue() + "-"
                        + VANDAAG.plusMonths(3).getYear())
                .typ("gevraagd", bedrag).selecteer("schaal", "STRAAT").typ("leeftijd", "42")
                .kies("kenmerken", "OPENBAAR_TOEGANKELIJK");
    }

    private static String rondeMetPlannen(Map<String, String> plannen) {
        String budget = api("POST", GM0222 + "/budgetten", AMBTENAAR, "{\"naam\":\"Wijkbudget Overstegen\",\"wijk\":\"WK022292\","
                + "\"regeling\":\"wijkbudget\",\"van\":\"2025-01-01\",\"tot\":\"2030-12-31\",\"plafond\":\"50000.00\"}", 201)
                .get("id").asText();
        String ronde = api("POST", GM0222 + "/wijkbudgetten", AMBTENAAR, "{\"titel\":\"Wijkbudget Overstegen\",\"wijk\":\"WK022292\","
                + "\"bedrag\":\"50000.00\",\"budgetId\":\"" + budget + "\",\"proces\":\"stemming-mes\",\"planning\":{\"stemmen\":\""
                + VANDAAG + "\"}}", 201).get("id").asText();
        String pad = GM0222 + "/wijkbudgetten/" + ronde;
        for (String[] plan : new String[][] { { "Speeltuin", "20000.00" }, { "Bankjes", "20000.00" }, { "Moestuin", "15000.00" },
                { "Bloembakken", "10000.00" } }) {
            plannen.put(plan[0], api("POST", pad + "/plannen", INWONER, "{\"titel\":\"" + plan[0]
                    + "\",\"omschrijving\":\"Voor Overstegen\",\"geschatteKosten\":\"" + plan[1] + "\"}", 201).get("id").asText());
        }
        api("POST", pad + "/fase", AMBTENAAR, "{\"fase\":\"haalbaarheidstoets\"}", 200);
        plannen.values().forEach(plan -> api("POST", pad + "/plannen/" + plan + "/haalbaarheid", AMBTENAAR,
                "{\"haalbaar\":true,\"toelichting\":\"Uitvoerbaar\"}", 200));
        return ronde;
    }

    private static List<String> stempassen(String ronde, int aantal) {
        List<String> kiezers = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            kiezers.add("{\"kenmerk\":\"web-" + i + "\",\"geboortedatum\":\"1980-05-01\",\"wijk\":\"WK022292\"}");
        }
        JsonNode passen = api("POST", GM0222 + "/wijkbudgetten/" + ronde + "/stempassen", AMBTENAAR,
                "{\"kiezers\":[" + String.join(",", kiezers) + "]}", 200);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            codes.add(passen.at("/uitgegeven/web-" + i).asText());
        }
        return codes;
    }
}
