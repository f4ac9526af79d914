package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
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
    private static final String GM0518 = "/gemeenten/GM0518";
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
        assertTrue(browser.tekst(), browser.tekst().contains("Bericht van de gemeente: ")
                && browser.tekst().contains("Vertel hoeveel buren er komen"));
        keur("mijn-aanvragen-aanvulling");
        browser.driver().findElement(By.partialLinkText("Vul uw aanvraag aan")).click();
        assertEquals("Buurtfeest Overstegen", browser.veld("titel").getAttribute("value"));
        keur("aanvulling");
        browser.typ("omschrijving", "Een middag voor de hele straat, met ongeveer 60 buren").druk("Aanvulling versturen");
        assertEquals(GM0222 + "/mijn-aanvragen?aangevuld=" + id, browser.pad());
        assertTrue(browser.tekst().contains("Aangevraagd: de gemeente beoordeelt uw aanvraag"));
        // what changed, and only that: the description was rewritten, the rest was sent as it stood
        assertTrue(browser.tekst(), browser.tekst().contains("Uw aanvulling is ontvangen. Buurtfeest Overstegen: Aanvraag "
                + "aangevuld; gewijzigd: omschrijving; de beslistermijn loopt weer"));
        keur("mijn-aanvragen-aangevuld");

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
        String ronde = rondeMetPlannen("Wijkbudget Overstegen", plannen);
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
        keur("bewijs-niet-gevonden");

        browser.open(pad + "/stemmen").typ("stemcode", codes.get(0)).kies("plannen", plannen.get("Moestuin"))
                .druk("Naar stap 2: controleren").druk("Stem uitbrengen");
        assertTrue(browser.tekst().contains("Met deze stemcode is al gestemd"));
        assertEquals(409, http("POST", "/api/v1" + pad + "/stemmen", null, "{\"stemcode\":\"" + codes.get(0)
                + "\",\"plannen\":[\"" + plannen.get("Moestuin") + "\"]}").statusCode());
        keur("stemmen-al-gestemd");
        browser.open(pad + "/stemmen").typ("stemcode", "AAAA-BBBB-CCCC").kies("plannen", plannen.get("Moestuin"))
                .druk("Naar stap 2: controleren").druk("Stem uitbrengen");
        assertTrue(browser.tekst().contains("Deze stemcode kennen we niet"));
        keur("stemmen-onbekende-code");

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
        // the reactienota follows only after the term: on a draft laid ter inzage seven weeks ago, where the gemeente
        // registered a zienswijze received by letter within the term
        String eerder = api("POST", GM0222 + "/inspraak", AMBTENAAR, "{\"titel\":\"Ontwerp Marktplein\",\"omschrijving\":"
                + "\"Een nieuwe markt\",\"besluitsoort\":\"omgevingsplan\",\"onderwerp\":\"overig\",\"terInzageVanaf\":\""
                + VANDAAG.minusWeeks(7) + "\"}", 201).get("id").asText();
        String perBrief = api("POST", GM0222 + "/inspraak/" + eerder + "/zienswijzen", AMBTENAAR, "{\"inhoud\":\"Graag een "
                + "overdekte markt\",\"ontvangenOp\":\"" + VANDAAG.minusWeeks(6) + "\",\"ingezetene\":true,\"leeftijd\":51}", 201)
                .get("id").asText();
        api("POST", GM0222 + "/inspraak/" + eerder + "/reactienota", AMBTENAAR, "{\"tekst\":\"Wij danken de indieners.\","
                + "\"antwoorden\":{\"" + perBrief + "\":\"De markt krijgt een overkapping\"}}", 200);
        browser.open(GM0222 + "/initiatieven/" + eerder);
        assertTrue(browser.tekst(), browser.tekst().contains("Zienswijze (ontvangen "));
        assertTrue(browser.tekst(), browser.tekst().contains("Graag een overdekte markt"));
        assertTrue(browser.tekst(), browser.tekst().contains("Antwoord van de gemeente: De markt krijgt een overkapping"));
        keur("reactienota");

        // an account of another gemeente cannot say it lives here, but may respond as a belanghebbende where the
        // ordinance allows it, as in the API
        browser.driver().manage().deleteAllCookies();
        inloggen(browser, "inwoner-denhaag", GM0222 + "/initiatieven/" + id + "/zienswijze");
        assertTrue(browser.h1(), browser.h1().startsWith("Zienswijze geven: "));
        browser.typ("inhoud", "Mijn winkel staat aan het plein").kies("ingezetene", "ja").typ("leeftijd", "52")
                .druk("Zienswijze versturen");
        assertTrue(browser.titel(), browser.titel().startsWith("Fout: "));
        assertTrue(browser.tekst(), browser.tekst().contains("Uw account hoort niet bij Doetinchem"));
        keur("zienswijze-ander-account");
        browser.kies("ingezetene", "nee").kies("belanghebbende", "ja").druk("Zienswijze versturen");
        assertEquals("Uw zienswijze is ontvangen", browser.h1());
        assertEquals(3, api("GET", GM0222 + "/inspraak/" + id + "/zienswijzen", AMBTENAAR, null, 200).get("zienswijzen").size());
        // an application, though, only comes from an account of this gemeente
        browser.open(GM0222 + "/aanvragen/nieuw");
        assertEquals("Geen toegang", browser.h1());
        keur("geen-toegang");
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
        browser.typ("titel", "Groen Vogelbuurt").druk("Verzoek versturen");
        assertTrue(browser.titel(), browser.titel().startsWith("Fout: "));
        assertEquals("what was typed stays", "Groen Vogelbuurt", browser.veld("titel").getAttribute("value"));
        keur("uitdaagrecht-fouten");
        browser.typ("taak", "Onderhoud van het groen in de Vogelbuurt")
                .typ("omschrijving", "Wij maaien en snoeien met 20 vrijwilligers").typ("ondersteuners", "40")
                .druk("Verzoek versturen");
        assertEquals("Uw aanvraag is verstuurd", browser.h1());
        assertTrue(browser.tekst().contains("Groen Vogelbuurt"));
        keur("uitdaagrecht-verstuurd");
        browser.klik("Naar Mijn aanvragen");
        assertTrue(browser.tekst().contains("Groen Vogelbuurt"));
        assertTrue(browser.tekst().contains("Right to Challenge"));
        keur("mijn-aanvragen-uitdaagrecht");
    }

    @Test
    public void eenPlanIndienenEnSteunenInDeIdeeenfase() {
        String ronde = nieuweRonde("Wijkbudget Vogelbuurt");
        String pad = GM0222 + "/wijkbudgetten/" + ronde;
        Browser browser = browser().open(pad);
        assertTrue(browser.tekst().contains("Log in om een plan in te dienen of te steunen."));
        inloggen(browser, INWONER, pad);
        assertEquals(pad, browser.pad());
        keur("ronde-plannen-indienen");

        browser.typ("titel", "Buurtbibliotheek").typ("kosten", "ongeveer duizend").druk("Plan indienen");
        assertTrue(browser.titel(), browser.titel().startsWith("Fout: "));
        assertEquals("Buurtbibliotheek", browser.veld("titel").getAttribute("value"));
        assertEquals("ongeveer duizend", browser.veld("kosten").getAttribute("value"));
        assertEquals("true", browser.veld("omschrijving").getAttribute("aria-invalid"));
        assertEquals("nothing half-stored", 0, api("GET", pad + "/plannen", INWONER, null, 200).get("plannen").size());
        keur("plan-fouten");

        browser.typ("omschrijving", "Een kast met boeken bij de school").typ("kosten", "1500").druk("Plan indienen");
        assertEquals("Plan ingediend: Wijkbudget Vogelbuurt – Doetinchem – Samenspraak", browser.titel());
        assertTrue(browser.tekst().contains("We hebben uw plan Buurtbibliotheek ontvangen."));
        assertTrue(browser.tekst().contains("1.500,00 (geschat door de indiener). Steun: 0 bewoners."));
        keur("plan-ingediend");

        browser.druk("Steun dit plan: Buurtbibliotheek");
        assertEquals("Plan gesteund: Wijkbudget Vogelbuurt – Doetinchem – Samenspraak", browser.titel());
        assertTrue(browser.tekst().contains("U steunt nu het plan Buurtbibliotheek."));
        assertTrue(browser.tekst().contains("Steun: 1 bewoner."));
        keur("plan-gesteund");
        assertEquals(1, api("GET", pad + "/plannen", INWONER, null, 200).at("/plannen/0/steun").asInt());
    }

    @Test
    public void eenInwonerVanEenAndereGemeenteZietNietsPriveEnSlaatNietsOp() {
        // Doetinchem: an application that awaits an aanvulling, a draft ter inzage, a round in its vote
        String aanvraag = api("POST", GM0222 + "/subsidieaanvragen", INWONER, "{\"regeling\":\"bewonersinitiatief\","
                + "\"titel\":\"Muurfeest Gaanderen\",\"omschrijving\":\"Alleen voor Doetinchem\",\"activiteitOp\":\""
                + VANDAAG.plusMonths(3) + "\",\"gevraagd\":\"500.00\",\"schaal\":\"straat\",\"leeftijdAanvrager\":40,"
                + "\"kenmerken\":[\"openbaar_toegankelijk\"]}", 201).get("id").asText();
        api("POST", GM0222 + "/subsidieaanvragen/" + aanvraag + "/aanvullingsverzoek", AMBTENAAR,
                "{\"toelichting\":\"Hoeveel buren komen er?\"}", 200);
        String voor = api("GET", GM0222 + "/subsidieaanvragen/" + aanvraag, AMBTENAAR, null, 200).toString();
        String inspraak = api("POST", GM0222 + "/inspraak", AMBTENAAR, "{\"titel\":\"Ontwerp Muurplein\",\"omschrijving\":"
                + "\"Alleen voor Doetinchem\",\"besluitsoort\":\"omgevingsplan\",\"onderwerp\":\"overig\",\"terInzageVanaf\":\""
                + VANDAAG + "\"}", 201).get("id").asText();
        Map<String, String> plannen = new LinkedHashMap<>();
        String ronde = rondeMetPlannen("Wijkbudget Muur", plannen);
        String stemcode = stempassen(ronde, 1).get(0);
        api("POST", GM0222 + "/wijkbudgetten/" + ronde + "/fase", AMBTENAAR, "{\"fase\":\"stemmen\"}", 200);

        Formulierverkeer denHaag = new Formulierverkeer("inwoner-denhaag");
        // Doetinchem's private pages: not found, in Doetinchem's look; and under Den Haag's own path not either
        for (String pad : List.of(GM0222 + "/mijn-aanvragen/" + aanvraag, GM0222 + "/mijn-aanvragen/" + aanvraag + "/aanvulling",
                GM0222 + "/initiatieven/" + aanvraag)) {
            HttpResponse<String> antwoord = denHaag.get(pad);
            assertEquals(pad, 404, antwoord.statusCode());
            assertTrue(pad, antwoord.body().contains("<title>Pagina niet gevonden – Doetinchem – Samenspraak</title>"));
        }
        for (String pad : List.of(GM0518 + "/mijn-aanvragen/" + aanvraag, GM0518 + "/mijn-aanvragen/" + aanvraag + "/aanvulling",
                GM0518 + "/initiatieven/" + aanvraag, GM0518 + "/initiatieven/" + inspraak, GM0518 + "/wijkbudgetten/" + ronde)) {
            HttpResponse<String> antwoord = denHaag.get(pad);
            assertEquals(pad, 404, antwoord.statusCode());
            assertTrue(pad, antwoord.body().contains("<title>Pagina niet gevonden – &#39;s-Gravenhage – Samenspraak</title>"));
        }
        assertFalse(denHaag.get(GM0222 + "/mijn-aanvragen").body().contains("Muurfeest"));
        assertFalse(denHaag.get(GM0518 + "/mijn-aanvragen").body().contains("Muurfeest"));
        assertFalse(denHaag.get(GM0222 + "/initiatieven").body().contains("Muurfeest"));

        // forms posted with Doetinchem's ids: refused, under either gemeente's path
        Map<String, String> aanvulling = map("titel", "Overgenomen", "omschrijving", "Door een ander veranderd", "activiteitOp",
                VANDAAG.plusMonths(3).toString(), "gevraagd", "5000", "schaal", "WIJK", "leeftijd", "40", "kenmerken",
                "OPENBAAR_TOEGANKELIJK");
        assertEquals(404, denHaag.post(GM0222 + "/mijn-aanvragen/" + aanvraag + "/aanvulling", aanvulling).statusCode());
        assertEquals(404, denHaag.post(GM0518 + "/mijn-aanvragen/" + aanvraag + "/aanvulling", aanvulling).statusCode());
        Map<String, String> zienswijze = map("inhoud", "Niet van hier", "ingezetene", "ja", "leeftijd", "40");
        HttpResponse<String> anderAccount = denHaag.post(GM0222 + "/initiatieven/" + inspraak + "/zienswijze", zienswijze);
        assertEquals("another gemeente's account cannot claim to live here", 422, anderAccount.statusCode());
        assertTrue(anderAccount.body(), anderAccount.body().contains("Uw account hoort niet bij Doetinchem"));
        assertEquals(404, denHaag.post(GM0518 + "/initiatieven/" + inspraak + "/zienswijze", zienswijze).statusCode());
        assertEquals(404, denHaag.post(GM0518 + "/wijkbudgetten/" + ronde + "/stemmen", map("stemcode", stemcode,
                "plannen", plannen.get("Moestuin"), "actie", "bevestig")).statusCode());
        assertEquals(404, denHaag.post(GM0518 + "/wijkbudgetten/" + ronde, map("actie", "steun", "plan",
                plannen.get("Moestuin"))).statusCode());

        // and nothing was stored: the application as it was, no zienswijze, the voting code still unused
        assertEquals(voor, api("GET", GM0222 + "/subsidieaanvragen/" + aanvraag, AMBTENAAR, null, 200).toString());
        assertEquals(0, api("GET", GM0222 + "/inspraak/" + inspraak + "/zienswijzen", AMBTENAAR, null, 200)
                .get("zienswijzen").size());
        api("POST", GM0222 + "/wijkbudgetten/" + ronde + "/stemmen", null, "{\"stemcode\":\"" + stemcode
                + "\",\"plannen\":[\"" + plannen.get("Moestuin") + "\"]}", 201);
    }

    // ---- helpers ----

    private static void vulAanvraagIn(Browser browser, String titel, String bedrag) {
        browser.typ("titel", titel).typ("omschrijving", "Een middag voor de hele straat")
                .typ("activiteitOp", VANDAAG.plusMonths(3).getDayOfMonth() + "-" + VANDAAG.plusMonths(3).getMonthValue() + "-"
                        + VANDAAG.plusMonths(3).getYear())
                .typ("gevraagd", bedrag).selecteer("schaal", "STRAAT").typ("leeftijd", "42")
                .kies("kenmerken", "OPENBAAR_TOEGANKELIJK");
    }

    /** A round in its first phase: residents submit and support plans. */
    private static String nieuweRonde(String titel) {
        String budget = api("POST", GM0222 + "/budgetten", AMBTENAAR, "{\"naam\":\"" + titel + "\",\"wijk\":\"WK022292\","
                + "\"regeling\":\"wijkbudget\",\"van\":\"2025-01-01\",\"tot\":\"2030-12-31\",\"plafond\":\"50000.00\"}", 201)
                .get("id").asText();
        return api("POST", GM0222 + "/wijkbudgetten", AMBTENAAR, "{\"titel\":\"" + titel + "\",\"wijk\":\"WK022292\","
                + "\"bedrag\":\"50000.00\",\"budgetId\":\"" + budget + "\",\"proces\":\"stemming-mes\",\"planning\":{\"stemmen\":\""
                + VANDAAG + "\"}}", 201).get("id").asText();
    }

    private static String rondeMetPlannen(String titel, Map<String, String> plannen) {
        String ronde = nieuweRonde(titel);
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
