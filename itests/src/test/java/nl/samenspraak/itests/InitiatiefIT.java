package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Initiatives over HTTP on the demo distribution: Doetinchem (GM0222) adopted the model rules, 's-Gravenhage
 * (GM0518) has no rules bundle, so its decisions fail closed.
 */
public class InitiatiefIT extends SamenspraakTestSupport {

    private static final String GM0222 = "/gemeenten/GM0222";
    private static final String AMBTENAAR = "ambtenaar-doetinchem";
    private static final String INWONER = "inwoner-doetinchem";
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    public void aBewonersinitiatiefGoesFromAanvraagToVaststelling() {
        String budget = budget("Bewonersinitiatieven " + VANDAAG.getYear(), "10000.00");
        // the feast is today, so that it can be accounted for in this test (never before the day of the activity)
        JsonNode aanvraag = created(post(GM0222 + "/subsidieaanvragen", INWONER, aanvraag("Buurtfeest Overstegen", "750.00", VANDAAG)));
        String id = aanvraag.get("id").asText();
        assertEquals("aangevraagd", aanvraag.get("status").asText());
        assertEquals(INWONER, aanvraag.get("initiatiefnemer").asText());
        assertEquals("8 weeks under art. 4:13 Awb", VANDAAG.plusWeeks(8).toString(),
                aanvraag.at("/subsidieaanvraag/beslistTot").asText());

        ok(post(GM0222 + "/subsidieaanvragen/" + id + "/aanvullingsverzoek", AMBTENAAR,
                "{\"toelichting\":\"Voeg de leeftijden van de ondersteuners toe\"}"));
        JsonNode opgeschort = json(get(GM0222 + "/subsidieaanvragen/" + id, INWONER, "demo")).get("aanvraag");
        assertEquals("aanvulling_gevraagd", opgeschort.get("status").asText());
        assertEquals(VANDAAG.toString(), opgeschort.at("/subsidieaanvraag/opgeschortSinds").asText());
        assertProblem(post(GM0222 + "/subsidieaanvragen/" + id + "/besluit", AMBTENAAR, "{}"), 409);

        // an aanvulling for another scheme is refused naming the field; one that rewrites the description replaces it
        JsonNode andereRegeling = assertProblem(post(GM0222 + "/subsidieaanvragen/" + id + "/aanvulling", INWONER,
                aanvraag("Buurtfeest Overstegen", "750.00", VANDAAG).replace("\"regeling\":\"bewonersinitiatief\"",
                        "\"regeling\":\"sportstimulering\"")), 400);
        assertEquals(andereRegeling.toString(), "regeling", andereRegeling.at("/invalidParams/0/name").asText());
        JsonNode aangevuld = ok(post(GM0222 + "/subsidieaanvragen/" + id + "/aanvulling", INWONER,
                aanvraag("Buurtfeest Overstegen", "750.00", VANDAAG).replace("\"leeftijdenOndersteuners\":[]",
                        "\"leeftijdenOndersteuners\":[34,71]").replace("Voor de hele straat", "Voor de hele straat en de buren")));
        assertEquals("aangevraagd", aangevuld.get("status").asText());
        assertEquals("[34,71]", aangevuld.at("/subsidieaanvraag/leeftijdenOndersteuners").toString());
        assertEquals("not silently kept", "Voor de hele straat en de buren", aangevuld.get("omschrijving").asText());
        JsonNode overgangen = json(get(GM0222 + "/initiatieven/" + id + "/overgangen", INWONER, "demo")).get("overgangen");
        assertEquals("Aanvraag aangevuld; gewijzigd: omschrijving, leeftijden ondersteuners ([] → [34, 71]); de beslistermijn "
                + "loopt weer", overgangen.get(2).get("toelichting").asText());

        JsonNode verlening = ok(post(GM0222 + "/subsidieaanvragen/" + id + "/besluit", AMBTENAAR,
                "{\"budgetId\":\"" + budget + "\"}"));
        assertEquals("toegekend", verlening.get("uitkomst").asText());
        assertEquals("750.00", verlening.get("bedrag").asText());
        assertEquals(VANDAAG.toString(), verlening.get("peildatum").asText());
        assertEquals("nl.samenspraak.gemeente-model", verlening.at("/regels/bundel").asText());
        assertFalse(verlening.at("/regels/bundelversie").asText().isEmpty());
        assertEquals("Modelregeling bewonersinitiatieven", verlening.at("/regels/titel").asText());
        assertTrue(verlening.get("redenen").toString(), verlening.at("/redenen/0/artikel").asText().contains("verlening"));
        assertEquals(VANDAAG.plusWeeks(6).toString(), verlening.get("bezwaarTot").asText());
        assertEquals("750.00", json(get(GM0222 + "/budgetten/" + budget, AMBTENAAR, "demo")).get("toegekend").asText());

        assertProblem(post(GM0222 + "/subsidieaanvragen/" + id + "/vaststelling", AMBTENAAR, "{}"), 409);
        JsonNode verantwoord = ok(post(GM0222 + "/subsidieaanvragen/" + id + "/verantwoording", INWONER,
                "{\"werkelijkeKosten\":\"612.40\",\"verslag\":\"120 bezoekers; de springkussens waren goedkoper.\"}"));
        assertEquals("verantwoord", verantwoord.get("status").asText());
        JsonNode teHoog = assertProblem(post(GM0222 + "/subsidieaanvragen/" + id + "/vaststelling", AMBTENAAR,
                "{\"bedrag\":\"750.01\"}"), 422);
        assertTrue(teHoog.toString(), teHoog.toString().contains("art. 4:46 lid 2 Awb"));

        JsonNode vaststelling = ok(post(GM0222 + "/subsidieaanvragen/" + id + "/vaststelling", AMBTENAAR, "{}"));
        assertEquals("612.40", vaststelling.get("bedrag").asText());
        assertEquals("subsidievaststelling", vaststelling.get("soort").asText());
        assertEquals("the grant's rules stay on record", "nl.samenspraak.gemeente-model", vaststelling.at("/regels/bundel").asText());
        JsonNode cijfers = json(get(GM0222 + "/budgetten/" + budget, AMBTENAAR, "demo"));
        assertEquals("612.40", cijfers.get("uitbetaald").asText());
        assertEquals("137.60", cijfers.get("vrijgevallen").asText());
        assertEquals("the difference flows back", "9387.60", cijfers.get("beschikbaar").asText());

        List<String> pad = new ArrayList<>();
        json(get(GM0222 + "/initiatieven/" + id + "/overgangen", INWONER, "demo")).get("overgangen")
                .forEach(o -> pad.add(o.get("naar").asText() + " door " + o.get("door").asText()));
        assertEquals(List.of("aangevraagd door " + INWONER, "aanvulling_gevraagd door " + AMBTENAAR,
                "aangevraagd door " + INWONER, "verleend door " + AMBTENAAR, "verantwoord door " + INWONER,
                "vastgesteld door " + AMBTENAAR), pad);
        assertEquals(2, json(get(GM0222 + "/initiatieven/" + id + "/besluiten", INWONER, "demo")).get("besluiten").size());
        assertProblem(post(GM0222 + "/subsidieaanvragen/" + id + "/besluit", AMBTENAAR, "{}"), 409);
    }

    @Test
    public void aVerantwoordingBeforeTheActivityIsRefusedWithTheDayFromWhichItCan() {
        String budget = budget("Verantwoording vooraf " + System.nanoTime(), "1000.00");
        String id = created(post(GM0222 + "/subsidieaanvragen", INWONER, aanvraag("Zomerfeest Overstegen", "500.00")))
                .get("id").asText();
        ok(post(GM0222 + "/subsidieaanvragen/" + id + "/besluit", AMBTENAAR, "{\"budgetId\":\"" + budget + "\"}"));
        JsonNode teVroeg = assertProblem(post(GM0222 + "/subsidieaanvragen/" + id + "/verantwoording", INWONER,
                "{\"werkelijkeKosten\":\"480.00\",\"verslag\":\"Het feest moet nog komen\"}"), 422);
        assertEquals(teVroeg.toString(), "activiteitOp", teVroeg.at("/invalidParams/0/name").asText());
        assertTrue(teVroeg.toString(), teVroeg.at("/invalidParams/0/reason").asText()
                .contains("Verantwoorden kan vanaf " + VANDAAG.plusWeeks(10)));
        assertTrue(teVroeg.toString(), teVroeg.at("/invalidParams/0/reason").asText().contains("art. 4:45 lid 1 Awb"));
        JsonNode nogSteeds = json(get(GM0222 + "/subsidieaanvragen/" + id, INWONER, "demo")).get("aanvraag");
        assertEquals("verleend", nogSteeds.get("status").asText());
        assertTrue("nothing stored: " + nogSteeds, nogSteeds.at("/subsidieaanvraag/werkelijkeKosten").isMissingNode());
    }

    @Test
    public void fiftyConcurrentGrantsAgainstABudgetForTenGrantExactlyTen() throws Exception {
        String budget = budget("Plafondtoets " + System.nanoTime(), "2500.00");
        List<String> aanvragen = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            aanvragen.add(created(post(GM0222 + "/subsidieaanvragen", INWONER, aanvraag("Aanvraag " + i, "250.00")))
                    .get("id").asText());
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> besluiten = new ArrayList<>();
        try {
            for (String id : aanvragen) {
                besluiten.add(pool.submit(() -> {
                    start.await();
                    return post(GM0222 + "/subsidieaanvragen/" + id + "/besluit", AMBTENAAR, "{\"budgetId\":\"" + budget + "\"}");
                }));
            }
            start.countDown();
            Map<String, Integer> uitkomsten = new TreeMap<>();
            for (Future<HttpResponse<String>> besluit : besluiten) {
                HttpResponse<String> response = besluit.get(120, TimeUnit.SECONDS);
                assertEquals(response.body(), 200, response.statusCode());
                JsonNode b = json(response);
                uitkomsten.merge(b.get("uitkomst").asText(), 1, Integer::sum);
                if (b.get("uitkomst").asText().equals("afgewezen")) {
                    assertEquals("art. 4:25 lid 2 Awb", b.at("/redenen/0/artikel").asText());
                }
            }
            assertEquals(Map.of("afgewezen", 40, "toegekend", 10), uitkomsten);
        } finally {
            pool.shutdownNow();
        }
        JsonNode cijfers = json(get(GM0222 + "/budgetten/" + budget, AMBTENAAR, "demo"));
        assertEquals("2500.00", cijfers.get("toegekend").asText());
        assertEquals("0.00", cijfers.get("beschikbaar").asText());
        assertEquals(10, json(get(GM0222 + "/budgetten/" + budget + "/boekingen", AMBTENAAR, "demo")).get("boekingen").size());
        assertEquals(10, json(get(GM0222 + "/initiatieven?soort=bewonersinitiatief&status=verleend", AMBTENAAR, "demo"))
                .get("initiatieven").findValues("budgetId").stream().filter(b -> b.asText().equals(budget)).count());
    }

    @Test
    public void aZienswijzeAfterTheTermIsRefusedCitingTheArticle() {
        JsonNode inspraak = created(post(GM0222 + "/inspraak", AMBTENAAR, """
                {"titel":"Ontwerp-omgevingsplan Binnenstad","omschrijving":"Nieuwe regels voor de binnenstad",
                 "besluitsoort":"omgevingsplan","onderwerp":"overig","terInzageVanaf":"2025-01-06"}"""));
        String id = inspraak.get("id").asText();
        assertEquals("2025-02-16", inspraak.at("/inspraak/zienswijzenTot").asText());
        assertEquals("art. 3:16 lid 1 Awb", inspraak.at("/inspraak/termijnArtikel").asText());

        JsonNode opPapier = created(post(GM0222 + "/inspraak/" + id + "/zienswijzen", AMBTENAAR, """
                {"inhoud":"Meer groen op het Simonsplein","leeftijd":67,"ontvangenOp":"2025-01-20","ingezetene":true}"""));
        JsonNode teLaat = assertProblem(post(GM0222 + "/inspraak/" + id + "/zienswijzen", INWONER,
                "{\"inhoud\":\"Te laat, maar toch\",\"leeftijd\":40}"), 422);
        assertTrue(teLaat.toString(), teLaat.at("/invalidParams/0/reason").asText().contains("(art. 3:16 lid 1 Awb)"));
        assertTrue(teLaat.toString(), teLaat.get("detail").asText().contains("tot en met 2025-02-16"));
        JsonNode nietZelf = assertProblem(post(GM0222 + "/inspraak/" + id + "/zienswijzen", INWONER,
                "{\"inhoud\":\"x\",\"leeftijd\":40,\"ontvangenOp\":\"2025-01-20\"}"), 400);
        assertEquals("ontvangenOp", nietZelf.at("/invalidParams/0/name").asText());
        assertEquals(1, json(get(GM0222 + "/inspraak/" + id + "/zienswijzen", AMBTENAAR, "demo")).get("zienswijzen").size());

        assertProblem(post(GM0222 + "/inspraak/" + id + "/reactienota", AMBTENAAR,
                "{\"tekst\":\"Algemeen\",\"antwoorden\":{}}"), 400);
        JsonNode nota = ok(post(GM0222 + "/inspraak/" + id + "/reactienota", AMBTENAAR,
                "{\"tekst\":\"Wij danken de indieners.\",\"antwoorden\":{\"" + opPapier.get("id").asText()
                        + "\":\"Het plein krijgt vier bomen.\"}}"));
        assertEquals("reactienota_vastgesteld", nota.get("status").asText());
        assertEquals("Het plein krijgt vier bomen.", json(get(GM0222 + "/inspraak/" + id + "/zienswijzen", AMBTENAAR, "demo"))
                .at("/zienswijzen/0/antwoord").asText());
        assertEquals("public", "reactienota_vastgesteld", json(get(GM0222 + "/inspraak/" + id)).get("status").asText());
    }

    @Test
    public void aBelanghebbendeWhoLivesElsewhereMayRespondWhereTheOrdinanceAllowsIt() {
        String id = created(post(GM0222 + "/inspraak", AMBTENAAR, "{\"titel\":\"Ontwerp bedrijventerrein De Huet\","
                + "\"omschrijving\":\"Uitbreiding\",\"besluitsoort\":\"omgevingsplan\",\"onderwerp\":\"overig\","
                + "\"terInzageVanaf\":\"" + VANDAAG + "\"}")).get("id").asText();
        // the model ordinance admits ingezetenen and belanghebbenden: a resident of 's-Gravenhage is neither until
        // they declare an interest, and then the ordinance lets them in
        JsonNode buitenDeKring = assertProblem(post(GM0222 + "/inspraak/" + id + "/zienswijzen", "inwoner-denhaag",
                "{\"inhoud\":\"Ik woon elders\",\"leeftijd\":44}"), 422);
        assertEquals(buitenDeKring.toString(), "indiener", buitenDeKring.at("/invalidParams/0/name").asText());
        assertTrue(buitenDeKring.toString(), buitenDeKring.at("/invalidParams/0/reason").asText()
                .contains("Alleen ingezetenen en belanghebbenden kunnen een zienswijze indienen"));
        assertProblem(post(GM0222 + "/inspraak/" + id + "/zienswijzen", "inwoner-denhaag",
                "{\"inhoud\":\"Ik woon hier\",\"leeftijd\":44,\"ingezetene\":true}"), 400);
        HttpResponse<String> belanghebbende = post(GM0222 + "/inspraak/" + id + "/zienswijzen", "inwoner-denhaag",
                "{\"inhoud\":\"Mijn bedrijf grenst aan het terrein\",\"leeftijd\":44,\"belanghebbende\":true}");
        JsonNode zienswijze = json(assertCreatedAtItsLocation(belanghebbende));
        assertEquals("Mijn bedrijf grenst aan het terrein", zienswijze.get("inhoud").asText());
        assertEquals(1, json(get(GM0222 + "/inspraak/" + id + "/zienswijzen", "inwoner-denhaag", "demo")).get("zienswijzen").size());
        assertEquals("the gemeente sees it", 1, json(get(GM0222 + "/inspraak/" + id + "/zienswijzen", AMBTENAAR, "demo"))
                .get("zienswijzen").size());
    }

    @Test
    public void excludedSubjectsAndMissingRulesAreRefusedWithoutStoringAnything() {
        JsonNode belasting = assertProblem(post(GM0222 + "/inspraak", AMBTENAAR, """
                {"titel":"Tarieven afvalstoffenheffing","omschrijving":"Nieuwe tarieven","besluitsoort":"verordening",
                 "onderwerp":"belastingen","terInzageVanaf":"2025-03-01"}"""), 422);
        assertEquals("onderwerp", belasting.at("/invalidParams/0/name").asText());
        JsonNode fout = assertProblem(post(GM0222 + "/subsidieaanvragen", INWONER, """
                {"regeling":"bewonersinitiatief","titel":"","omschrijving":"x","activiteitOp":"morgen","gevraagd":"-5",
                 "schaal":"planeet","leeftijdAanvrager":200}"""), 400);
        assertEquals(fout.toString(), 5, fout.get("invalidParams").size());
        JsonNode geenRegels = assertProblem(post("/gemeenten/GM0518/subsidieaanvragen", "inwoner-denhaag",
                aanvraag("Straatfeest", "500.00")), 503);
        assertTrue(geenRegels.get("detail").asText(), geenRegels.get("detail").asText().contains("geen subsidieregeling"));
        assertEquals(0, json(get("/gemeenten/GM0518/initiatieven", "ambtenaar-denhaag", "demo")).get("initiatieven").size());
    }

    @Test
    public void aTrajectMovesThroughItsPhasesAndAChallengeIsDecidedByTheOrdinance() {
        JsonNode traject = created(post(GM0222 + "/participatietrajecten", AMBTENAAR, """
                {"titel":"Herinrichting Raadhuisplein","omschrijving":"Samen ontwerpen","niveau":"coproduceren",
                 "beleidsterrein":"openbare ruimte"}"""));
        String id = traject.get("id").asText();
        assertEquals("voorbereiding", traject.get("status").asText());
        assertProblem(post(GM0222 + "/participatietrajecten/" + id + "/fase", AMBTENAAR,
                "{\"fase\":\"evaluatie\",\"toelichting\":\"overslaan\"}"), 409);
        assertProblem(post(GM0222 + "/participatietrajecten/" + id + "/fase", INWONER,
                "{\"fase\":\"uitvoering\",\"toelichting\":\"start\"}"), 403);
        ok(post(GM0222 + "/initiatieven/" + id + "/deelnemers", AMBTENAAR,
                "{\"gebruiker\":\"" + INWONER + "\",\"rol\":\"procesbegeleider\"}"));
        assertEquals("uitvoering", ok(post(GM0222 + "/participatietrajecten/" + id + "/fase", INWONER,
                "{\"fase\":\"uitvoering\",\"toelichting\":\"Ontwerpsessies beginnen\"}")).get("status").asText());
        assertEquals("coproduceren", json(get(GM0222 + "/participatietrajecten/" + id)).at("/traject/niveau").asText());

        JsonNode verzoek = created(post(GM0222 + "/uitdaagverzoeken", INWONER, """
                {"titel":"Groenonderhoud Overstegen","omschrijving":"Wij onderhouden het groen zelf",
                 "taak":"Onderhoud openbaar groen Overstegen","metBudget":true,"gevraagd":"12000.00","ondersteuners":40,
                 "onderbouwing":["maatschappelijke_meerwaarde","draagvlak_in_buurt"]}"""));
        String verzoekId = verzoek.get("id").asText();
        assertEquals(VANDAAG.plusWeeks(8).toString(), verzoek.at("/uitdaagverzoek/beslistTot").asText());
        JsonNode besluit = ok(post(GM0222 + "/uitdaagverzoeken/" + verzoekId + "/besluit", AMBTENAAR, "{}"));
        assertEquals("the model asks for all five conditions", "afgewezen", besluit.get("uitkomst").asText());
        assertTrue(besluit.get("redenen").size() >= 1);
        assertEquals("afgewezen", json(get(GM0222 + "/uitdaagverzoeken/" + verzoekId, INWONER, "demo")).at("/verzoek/status").asText());
        assertProblem(get(GM0222 + "/uitdaagverzoeken/" + verzoekId, "inwoner-denhaag", "demo"), 404);
    }

    private String budget(String naam, String plafond) {
        return created(post(GM0222 + "/budgetten", AMBTENAAR, "{\"naam\":\"" + naam + "\",\"regeling\":\"bewonersinitiatief\","
                + "\"van\":\"" + VANDAAG.withDayOfYear(1) + "\",\"tot\":\"" + VANDAAG.withDayOfYear(1).plusYears(1).minusDays(1)
                + "\",\"plafond\":\"" + plafond + "\"}")).get("id").asText();
    }

    private static String aanvraag(String titel, String bedrag) {
        return aanvraag(titel, bedrag, VANDAAG.plusWeeks(10));
    }

    private static String aanvraag(String titel, String bedrag, LocalDate activiteitOp) {
        return "{\"regeling\":\"bewonersinitiatief\",\"titel\":\"" + titel + "\",\"omschrijving\":\"Voor de hele straat\","
                + "\"activiteitOp\":\"" + activiteitOp + "\",\"gevraagd\":\"" + bedrag + "\",\"schaal\":\"straat\","
                + "\"leeftijdAanvrager\":42,\"leeftijdenOndersteuners\":[],\"kenmerken\":[\"openbaar_toegankelijk\"]}";
    }

    private JsonNode created(HttpResponse<String> response) {
        return json(assertCreatedAtItsLocation(response));
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return json(response);
    }
}
