package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A whole wijkbudget round over HTTP in Doetinchem (model rules: residents of the wijk aged 16+, approval of
 * plans within the budget, Method of Equal Shares with add-one completion): five plans, 1,000 voters of whom
 * 50 vote on paper, and a known outcome.
 * <p>
 * The ballots: 450 approve A and B, 50 only A, 250 C and D, 50 only D (on paper), 200 only E. Each voter has
 * an equal share of EUR 50; A (500 supporters, 20,000) and D (300, 10,000) are affordable for their
 * supporters, B (450 supporters who have 10 each left) and C and E are not: plain MES gives A and D. Raising
 * the shares (add-one) makes B affordable at 84.44 per voter, before C (at 93.33) would push the total past
 * the budget, so the result is A, B and D for exactly 50,000. The engine's Pabulib conformance suite and
 * {@code bin/allocate --rule mes-add1-greedy} agree.
 */
public class WijkbudgetIT extends SamenspraakTestSupport {

    private static final String GM0222 = "/gemeenten/GM0222";
    private static final String AMBTENAAR = "ambtenaar-doetinchem";
    private static final String INWONER = "inwoner-doetinchem";
    private static final String DE_HUET = "WK022291";

    @Test
    public void aRoundOfAThousandBallotsFundsWhatTheRuleSays() throws Exception {
        String budget = json(created(post(GM0222 + "/budgetten", AMBTENAAR, "{\"naam\":\"Wijkbudget De Huet\",\"wijk\":\"" + DE_HUET
                + "\",\"regeling\":\"wijkbudget\",\"van\":\"2025-01-01\",\"tot\":\"2030-12-31\",\"plafond\":\"50000.00\"}")))
                .get("id").asText();
        JsonNode ronde = json(created(post(GM0222 + "/wijkbudgetten", AMBTENAAR, "{\"titel\":\"Wijkbudget De Huet\",\"wijk\":\""
                + DE_HUET + "\",\"bedrag\":\"50000.00\",\"budgetId\":\"" + budget + "\",\"proces\":\"stemming-mes\",\"planning\":{\"stemmen\":\""
                + LocalDate.now(ZoneId.of("Europe/Amsterdam")) + "\"}}")));
        String id = ronde.get("id").asText();
        String pad = GM0222 + "/wijkbudgetten/" + id;
        assertEquals("stemming-mes", ronde.get("proces").asText());
        assertEquals("goedkeuring_binnen_budget", ronde.at("/opzet/stembiljet").asText());
        assertEquals("nl.samenspraak.gemeente-model", ronde.at("/regels/bundel").asText());

        Map<String, String> plannen = new LinkedHashMap<>();
        for (String[] plan : new String[][] { { "A", "20000.00" }, { "B", "20000.00" }, { "C", "15000.00" }, { "D", "10000.00" },
                { "E", "30000.00" } }) {
            plannen.put(plan[0], json(created(post(pad + "/plannen", INWONER, "{\"titel\":\"Plan " + plan[0]
                    + "\",\"omschrijving\":\"Voor de wijk\",\"geschatteKosten\":\"" + plan[1] + "\"}"))).get("id").asText());
        }
        assertProblem(post(pad + "/fase", AMBTENAAR, "{\"fase\":\"stemmen\"}"), 409); // the feasibility check comes first
        ok(post(pad + "/fase", AMBTENAAR, "{\"fase\":\"haalbaarheidstoets\"}"));
        assertProblem(post(pad + "/plannen", INWONER, "{\"titel\":\"Te laat\",\"omschrijving\":\"x\",\"geschatteKosten\":\"10.00\"}"), 409);
        plannen.forEach((naam, plan) -> ok(post(pad + "/plannen/" + plan + "/haalbaarheid", AMBTENAAR,
                "{\"haalbaar\":true,\"toelichting\":\"Uitvoerbaar in " + naam + "\"}")));

        List<String> kiezers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            kiezers.add("{\"kenmerk\":\"bewoner-" + i + "\",\"geboortedatum\":\"1980-05-01\",\"wijk\":\"" + DE_HUET + "\"}");
        }
        kiezers.add("{\"kenmerk\":\"te-jong\",\"geboortedatum\":\"" + LocalDate.now().minusYears(15) + "\",\"wijk\":\"" + DE_HUET + "\"}");
        kiezers.add("{\"kenmerk\":\"buurwijk\",\"geboortedatum\":\"1970-01-01\",\"wijk\":\"WK022290\"}");
        JsonNode passen = ok(post(pad + "/stempassen", AMBTENAAR, "{\"kiezers\":[" + String.join(",", kiezers) + "]}"));
        assertEquals(1000, passen.get("uitgegeven").size());
        assertTrue(passen.toString(), passen.at("/geweigerd/te-jong/toelichting").asText().contains("vanaf 16 jaar"));
        assertTrue(passen.toString(), passen.at("/geweigerd/buurwijk/toelichting").asText().contains("Alleen bewoners van wijk"));
        List<String> codes = new ArrayList<>();
        passen.get("uitgegeven").forEach(code -> codes.add(code.asText()));
        assertProblem(post(pad + "/stemmen", null, stem(codes.get(0), plannen.get("A"))), 409); // voting has not begun

        ok(post(pad + "/fase", AMBTENAAR, "{\"fase\":\"stemmen\"}"));
        List<String> ballots = new ArrayList<>();
        List<String> papier = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String code = codes.get(i);
            if (i < 450) {
                ballots.add(stem(code, plannen.get("A"), plannen.get("B")));
            } else if (i < 500) {
                ballots.add(stem(code, plannen.get("A")));
            } else if (i < 750) {
                ballots.add(stem(code, plannen.get("C"), plannen.get("D")));
            } else if (i < 800) {
                papier.add(code + ";" + plannen.get("D"));
            } else {
                ballots.add(stem(code, plannen.get("E")));
            }
        }
        Set<String> bewijzen = new HashSet<>();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<String>>> antwoorden = new ArrayList<>();
            for (String ballot : ballots) {
                antwoorden.add(clients.submit(() -> post(pad + "/stemmen", null, ballot)));
            }
            for (Future<HttpResponse<String>> antwoord : antwoorden) {
                bewijzen.add(json(created(antwoord.get(60, TimeUnit.SECONDS))).get("ontvangstbewijs").asText());
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(950, bewijzen.size());
        JsonNode ingelezen = ok(send(HttpRequest.newBuilder(uri(pad + "/papieren-stemmen")).header("Authorization", basic(AMBTENAAR, "demo"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("# stemcode;plannen\n"
                        + String.join("\n", papier) + "\n" + codes.get(0) + ";" + plannen.get("E") + "\n"))));
        assertEquals(50, ingelezen.get("ingelezen").asInt());
        assertTrue("a paper ballot of someone who voted online is refused: " + ingelezen,
                ingelezen.get("geweigerd").get("52").asText().contains("al gestemd"));

        assertProblem(post(pad + "/stemmen", null, stem(codes.get(0), plannen.get("C"))), 409);
        assertProblem(post(pad + "/stemmen", null, stem("AAAA-BBBB-CCCC", plannen.get("C"))), 403);
        JsonNode teDuur = assertProblem(post(pad + "/stemmen", null, stem(codes.get(999), plannen.get("A"), plannen.get("B"),
                plannen.get("E"))), 422);
        assertTrue(teDuur.toString(), teDuur.get("detail").asText().contains("meer dan het budget"));
        assertProblem(post(pad + "/plannen/" + plannen.get("A") + "/haalbaarheid", AMBTENAAR,
                "{\"haalbaar\":false,\"toelichting\":\"toch niet\"}"), 409);
        assertProblem(get(pad + "/pabulib"), 403); // no interim results for the public

        JsonNode uitslag = ok(post(pad + "/uitslag", AMBTENAAR, "")).get("uitslag");
        assertEquals(Set.of(plannen.get("A"), plannen.get("B"), plannen.get("D")), Set.copyOf(
                List.of(uitslag.get("gekozen").get(0).asText(), uitslag.get("gekozen").get(1).asText(), uitslag.get("gekozen").get(2).asText())));
        assertEquals(3, uitslag.get("gekozen").size());
        assertEquals("50000.00", uitslag.get("toegewezen").asText());
        assertEquals("0.00", uitslag.get("resterend").asText());
        assertEquals(950, uitslag.get("digitaleStemmen").asInt());
        assertEquals(50, uitslag.get("papierenStemmen").asInt());
        assertTrue(uitslag.toString(), uitslag.get("redenen").toString().contains("Method of Equal Shares"));
        assertProblem(post(pad + "/stemmen", null, stem(codes.get(999), plannen.get("E"))), 409);

        JsonNode cijfers = json(get(GM0222 + "/budgetten/" + budget, AMBTENAAR, "demo"));
        assertEquals("50000.00", cijfers.get("toegekend").asText());
        assertEquals("0.00", cijfers.get("beschikbaar").asText());

        HttpResponse<String> pb = get(pad + "/pabulib");
        assertEquals(pb.body(), 200, pb.statusCode());
        assertTrue(pb.body().startsWith("META"));
        assertTrue(pb.body(), pb.body().contains("num_votes;1000"));
        String stemmen = pb.body().substring(pb.body().indexOf("VOTES"));
        assertEquals(1000 + 2, stemmen.split("\n").length); // section title and header
        bewijzen.forEach(bewijs -> assertTrue("receipt " + bewijs + " is in the export", stemmen.contains(bewijs + ";")));
        assertTrue("no voting code leaks into the export", codes.stream().noneMatch(pb.body()::contains));
    }

    @Test
    public void aLotteryRoundDrawsAmongFeasiblePlansWithoutVotes() {
        String budget = json(created(post(GM0222 + "/budgetten", AMBTENAAR, "{\"naam\":\"Loting Gaanderen\",\"wijk\":\"WK022293\","
                + "\"regeling\":\"wijkbudget\",\"van\":\"2025-01-01\",\"tot\":\"2030-12-31\",\"plafond\":\"20000.00\"}")))
                .get("id").asText();
        assertProblem(post(GM0222 + "/wijkbudgetten", AMBTENAAR, "{\"titel\":\"Zonder proces\",\"wijk\":\"WK022293\","
                + "\"bedrag\":\"20000.00\",\"budgetId\":\"" + budget + "\"}"), 400); // two model processes: name one
        String pad = GM0222 + "/wijkbudgetten/" + json(created(post(GM0222 + "/wijkbudgetten", AMBTENAAR, "{\"titel\":\"Loting\","
                + "\"wijk\":\"WK022293\",\"bedrag\":\"20000.00\",\"budgetId\":\"" + budget + "\",\"proces\":\"loting\"}")))
                .get("id").asText();
        List<String> plannen = new ArrayList<>();
        for (String kosten : List.of("9000.00", "8000.00", "7000.00", "6000.00")) {
            plannen.add(json(created(post(pad + "/plannen", INWONER, "{\"titel\":\"Plan van " + kosten
                    + "\",\"omschrijving\":\"x\",\"geschatteKosten\":\"" + kosten + "\"}"))).get("id").asText());
        }
        ok(post(pad + "/fase", AMBTENAAR, "{\"fase\":\"haalbaarheidstoets\"}"));
        for (int i = 0; i < plannen.size(); i++) {
            ok(post(pad + "/plannen/" + plannen.get(i) + "/haalbaarheid", AMBTENAAR, "{\"haalbaar\":" + (i < 3)
                    + ",\"toelichting\":\"toets\"}"));
        }
        ok(post(pad + "/fase", AMBTENAAR, "{\"fase\":\"stemmen\"}"));
        JsonNode uitslag = ok(post(pad + "/uitslag", AMBTENAAR, "")).get("uitslag");
        assertEquals("two of the three feasible plans fit 20,000 whatever the order", 2, uitslag.get("gekozen").size());
        uitslag.get("gekozen").forEach(id -> assertTrue("never the infeasible plan", !id.asText().equals(plannen.get(3))));
        assertTrue(uitslag.get("uitleg").asText(), uitslag.get("uitleg").asText().startsWith("Loting met zaad "));
        assertEquals(0, uitslag.get("digitaleStemmen").asInt());
    }

    private static String stem(String code, String... plannen) {
        return "{\"stemcode\":\"" + code + "\",\"plannen\":[" + String.join(",", List.of(plannen).stream().map(p -> "\"" + p + "\"")
                .toList()) + "]}";
    }

    private HttpResponse<String> created(HttpResponse<String> response) {
        return assertCreatedAtItsLocation(response);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return json(response);
    }
}
