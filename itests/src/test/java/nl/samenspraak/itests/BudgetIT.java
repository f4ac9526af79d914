package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Budgets and their ledger over HTTP: derived figures, the subsidieplafond under concurrent grants, the wall
 * between gemeenten, and input that is refused whole.
 */
public class BudgetIT extends SamenspraakTestSupport {

    private static final String DENHAAG = "/gemeenten/GM0518/budgetten";
    private static final String DOETINCHEM = "/gemeenten/GM0222/budgetten";
    private static final String AMBTENAAR = "ambtenaar-denhaag";

    @Test
    public void createsABudgetAndDerivesItsFiguresFromTheLedger() {
        HttpResponse<String> created = post(DENHAAG, AMBTENAAR, """
                {"naam":"Wijkbudget Moerwijk 2025","wijk":"WK051836","regeling":"wijkbudget",
                 "van":"2025-01-01","tot":"2025-12-31","plafond":"50000.00"}""");
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode budget = json(created);
        String id = budget.get("id").asText();
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location, location.endsWith("/api/v1" + DENHAAG + "/" + id));
        assertEquals("GM0518", budget.get("gemeente").asText());
        assertEquals("WK051836", budget.get("wijk").asText());
        assertEquals("50000.00", budget.get("plafond").asText());
        assertEquals("50000.00", budget.get("beschikbaar").asText());

        book(id, "reservering", "1500.00", 201);
        book(id, "TOEKENNING", "5000.50", 201);
        book(id, "UITBETALING", "2000.25", 201);
        book(id, "VRIJVAL", "1500.00", 201);
        // more than was granted and is unpaid: 5000.50 - 2000.25 = 3000.25
        JsonNode refused = assertProblem(book(id, "UITBETALING", "3000.26", 409), 409);
        assertTrue(refused.get("detail").asText(), refused.get("detail").asText().contains("3000.25"));

        JsonNode figures = json(get(DENHAAG + "/" + id, AMBTENAAR, "demo"));
        assertEquals("1500.00", figures.get("gereserveerd").asText());
        assertEquals("5000.50", figures.get("toegekend").asText());
        assertEquals("2000.25", figures.get("uitbetaald").asText());
        assertEquals("1500.00", figures.get("vrijgevallen").asText());
        assertEquals("3000.25", figures.get("openstaand").asText());
        assertEquals("44999.50", figures.get("beschikbaar").asText()); // 50000 - 1500 - 5000.50 + 1500

        JsonNode ledger = json(get(DENHAAG + "/" + id + "/boekingen", AMBTENAAR, "demo")).get("boekingen");
        assertEquals(4, ledger.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(i + 1, ledger.get(i).get("volgnummer").asLong());
            assertEquals(AMBTENAAR, ledger.get(i).get("geboektDoor").asText());
        }
        assertEquals("toekenning", ledger.get(1).get("soort").asText());
        assertEquals("aanvraag-42", ledger.get(1).get("referentie").asText());
        assertEquals("5000.50", json(get(DENHAAG + "/" + id + "/boekingen/2", AMBTENAAR, "demo")).get("bedrag").asText());
        assertProblem(get(DENHAAG + "/" + id + "/boekingen/5", AMBTENAAR, "demo"), 404);

        boolean listed = false;
        for (JsonNode b : json(get(DENHAAG, "beheerder", "demo")).get("budgetten")) {
            listed |= b.get("id").asText().equals(id) && b.get("beschikbaar").asText().equals("44999.50");
        }
        assertTrue(listed);
    }

    @Test
    public void fiftyConcurrentGrantsAgainstRoomForTenGrantExactlyTen() throws Exception {
        String id = createBudget("Plafond 1000", "1000.00");
        int requests = 50;
        ExecutorService pool = Executors.newFixedThreadPool(requests + 1);
        try {
            CountDownLatch start = new CountDownLatch(1);
            AtomicBoolean granting = new AtomicBoolean(true);
            // a reader watching the figures while the grants race: beschikbaar is never negative
            Future<List<String>> watched = pool.submit(() -> {
                start.await();
                List<String> seen = new ArrayList<>();
                while (granting.get()) {
                    seen.add(json(get(DENHAAG + "/" + id, AMBTENAAR, "demo")).get("beschikbaar").asText());
                }
                return seen;
            });
            List<Future<HttpResponse<String>>> grants = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String body = toekenning("100.00", "aanvraag-" + i);
                grants.add(pool.submit(() -> {
                    start.await();
                    return send(HttpRequest.newBuilder(uri(DENHAAG + "/" + id + "/boekingen"))
                            .header("Authorization", basic(AMBTENAAR, "demo"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
                }));
            }
            start.countDown();
            Map<Integer, Integer> byStatus = new TreeMap<>();
            for (Future<HttpResponse<String>> grant : grants) {
                HttpResponse<String> response = grant.get(120, TimeUnit.SECONDS);
                byStatus.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() == 409) {
                    JsonNode problem = assertProblem(response, 409);
                    assertTrue(problem.get("detail").asText(), problem.get("detail").asText().contains("0.00"));
                }
            }
            granting.set(false);
            assertEquals(Map.of(201, 10, 409, 40), byStatus);
            for (String beschikbaar : watched.get(120, TimeUnit.SECONDS)) {
                assertFalse(beschikbaar, beschikbaar.startsWith("-"));
            }
        } finally {
            pool.shutdownNow();
        }

        JsonNode budget = json(get(DENHAAG + "/" + id, AMBTENAAR, "demo"));
        assertEquals("0.00", budget.get("beschikbaar").asText());
        assertEquals("1000.00", budget.get("toegekend").asText());
        JsonNode ledger = json(get(DENHAAG + "/" + id + "/boekingen", AMBTENAAR, "demo")).get("boekingen");
        assertEquals(10, ledger.size());
        Set<String> referenties = new TreeSet<>();
        for (int i = 0; i < ledger.size(); i++) {
            assertEquals(i + 1, ledger.get(i).get("volgnummer").asLong());
            referenties.add(ledger.get(i).get("referentie").asText());
        }
        assertEquals(10, referenties.size());
    }

    @Test
    public void anotherGemeentesCivilServantIsRefusedEverywhere() {
        String id = createBudget("Alleen Den Haag", "100.00");
        String user = "ambtenaar-doetinchem";
        String budget = """
                {"naam":"Indringer","van":"2025-01-01","tot":"2025-12-31","plafond":"1.00"}""";
        for (String path : List.of(DENHAAG, DENHAAG + "/" + id, DENHAAG + "/" + id + "/boekingen",
                DENHAAG + "/" + id + "/boekingen/1", DENHAAG + "/onbekend")) {
            assertProblem(get(path, user, "demo"), 403);
            assertProblem(get(path, "inwoner-denhaag", "demo"), 403);
            assertProblem(get(path), 401);
        }
        assertProblem(post(DENHAAG, user, budget), 403);
        assertProblem(post(DENHAAG + "/" + id + "/boekingen", user, toekenning("1.00", null)), 403);
        assertProblem(post(DENHAAG + "/" + id + "/boekingen", "inwoner-denhaag", toekenning("1.00", null)), 403);
        // the same id under Doetinchem does not exist, for Doetinchem's civil servant and for the beheerder
        for (String who : List.of(user, "beheerder")) {
            assertProblem(get(DOETINCHEM + "/" + id, who, "demo"), 404);
            assertProblem(get(DOETINCHEM + "/" + id + "/boekingen", who, "demo"), 404);
            assertProblem(get(DOETINCHEM + "/" + id + "/boekingen/1", who, "demo"), 404);
            assertProblem(post(DOETINCHEM + "/" + id + "/boekingen", who, toekenning("1.00", null)), 404);
            for (JsonNode b : json(get(DOETINCHEM, who, "demo")).get("budgetten")) {
                assertFalse(b.get("id").asText().equals(id));
                assertEquals("GM0222", b.get("gemeente").asText());
            }
        }
        assertProblem(get("/gemeenten/GM0599/budgetten", "beheerder", "demo"), 404);
        JsonNode untouched = json(get(DENHAAG + "/" + id, AMBTENAAR, "demo"));
        assertEquals("100.00", untouched.get("beschikbaar").asText());
        assertEquals(0, json(get(DENHAAG + "/" + id + "/boekingen", AMBTENAAR, "demo")).get("boekingen").size());
    }

    @Test
    public void invalidInputNamesEveryFieldAndStoresNothing() {
        int before = json(get(DENHAAG, AMBTENAAR, "demo")).get("budgetten").size();
        JsonNode problem = assertProblem(post(DENHAAG, AMBTENAAR, """
                {"naam":" ","wijk":"WK022290","regeling":"Geen Code!","van":"2025-12-31","tot":"2025-01-01",
                 "plafond":"12.345"}"""), 400);
        assertEquals(Set.of("naam", "wijk", "regeling", "tot", "plafond"), fields(problem));
        assertEquals(Set.of("van", "plafond", "naam", "tot"), fields(assertProblem(post(DENHAAG, AMBTENAAR, """
                {"van":"31-12-2025","plafond":"-5"}"""), 400)));
        // an amount as a JSON number is refused: money never passes through floating point
        assertEquals(Set.of("plafond"), fields(assertProblem(post(DENHAAG, AMBTENAAR, """
                {"naam":"x","van":"2025-01-01","tot":"2025-12-31","plafond":1500.10}"""), 400)));
        assertEquals(Set.of("onbekend"), fields(assertProblem(post(DENHAAG, AMBTENAAR, """
                {"naam":"x","van":"2025-01-01","tot":"2025-12-31","plafond":"1.00","onbekend":1}"""), 400)));
        assertEquals(before, json(get(DENHAAG, AMBTENAAR, "demo")).get("budgetten").size());

        String id = createBudget("Geldig", "10.00");
        assertEquals(Set.of("soort", "bedrag", "omschrijving"), fields(assertProblem(post(DENHAAG + "/" + id
                + "/boekingen", AMBTENAAR, """
                {"soort":"SCHENKING","bedrag":"0.00","omschrijving":""}"""), 400)));
        assertEquals(Set.of("bedrag"), fields(assertProblem(post(DENHAAG + "/" + id + "/boekingen", AMBTENAAR, """
                {"soort":"TOEKENNING","bedrag":"1.001","omschrijving":"te precies"}"""), 400)));
        JsonNode plafond = assertProblem(post(DENHAAG + "/" + id + "/boekingen", AMBTENAAR, toekenning("10.01", null)),
                409);
        assertTrue(plafond.get("detail").asText(), plafond.get("detail").asText().contains("10.00"));
        assertEquals(0, json(get(DENHAAG + "/" + id + "/boekingen", AMBTENAAR, "demo")).get("boekingen").size());
        assertEquals("10.00", json(get(DENHAAG + "/" + id, AMBTENAAR, "demo")).get("beschikbaar").asText());
        assertProblem(get(DENHAAG + "/bestaat-niet", AMBTENAAR, "demo"), 404);
    }

    // ---- helpers ----

    private String createBudget(String naam, String plafond) {
        HttpResponse<String> created = post(DENHAAG, AMBTENAAR, "{\"naam\":\"" + naam
                + "\",\"van\":\"2025-01-01\",\"tot\":\"2025-12-31\",\"plafond\":\"" + plafond + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        return json(created).get("id").asText();
    }

    private HttpResponse<String> book(String id, String soort, String bedrag, int status) {
        HttpResponse<String> response = post(DENHAAG + "/" + id + "/boekingen", AMBTENAAR, "{\"soort\":\"" + soort
                + "\",\"bedrag\":\"" + bedrag + "\",\"omschrijving\":\"" + soort.toLowerCase() + "\""
                + (soort.equals("TOEKENNING") ? ",\"referentie\":\"aanvraag-42\"" : "") + "}");
        assertEquals(response.body(), status, response.statusCode());
        if (status == 201) {
            String location = response.headers().firstValue("Location").orElseThrow();
            assertTrue(location, location.endsWith("/boekingen/" + json(response).get("volgnummer").asLong()));
        }
        return response;
    }

    private static String toekenning(String bedrag, String referentie) {
        return "{\"soort\":\"TOEKENNING\",\"bedrag\":\"" + bedrag + "\",\"omschrijving\":\"Bewonersinitiatief\""
                + (referentie == null ? "" : ",\"referentie\":\"" + referentie + "\"") + "}";
    }


    private static Set<String> fields(JsonNode problem) {
        Set<String> names = new TreeSet<>();
        problem.get("invalidParams").forEach(p -> names.add(p.get("name").asText()));
        return names;
    }
}
