package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules SPI seen from outside: Doetinchem has adopted the model rules by configuration, 's-Gravenhage
 * has no rules bundle yet and so gets no decisions at all (fail closed).
 */
public class RegelsIT extends SamenspraakTestSupport {

    private static final String MODEL_BUNDLE = "nl.samenspraak.gemeente-model";
    private static final String TOETS = "/gemeenten/GM0222/subsidieregelingen/bewonersinitiatief/beoordelingen";

    @Test
    public void aGemeenteShowsTheRulesItAdopted() {
        JsonNode regels = json(get("/gemeenten/GM0222/regels")).get("regels");
        Set<String> soorten = new HashSet<>();
        regels.forEach(r -> {
            soorten.add(r.get("soort").asText());
            assertEquals(MODEL_BUNDLE, r.get("bundel").asText());
            assertTrue(r.get("bundelversie").asText().startsWith("0.1.0"));
        });
        assertEquals(Set.of("verordening", "subsidieregeling", "toewijzingsproces"), soorten);
        assertEquals(0, json(get("/gemeenten/GM0222/regels?datum=2024-12-31")).get("regels").size());
        assertEquals(0, json(get("/gemeenten/GM0518/regels")).get("regels").size());
        assertProblem(get("/gemeenten/GM0222/regels?datum=morgen"), 400);
    }

    @Test
    public void publishesTheSchemesFacts() {
        JsonNode regeling = json(get("/gemeenten/GM0222/subsidieregelingen/bewonersinitiatief?datum=2025-06-01"));
        assertEquals("5000.00", regeling.at("/maxima/wijk").asText());
        assertEquals("art. 4:13 Awb", regeling.at("/beslistermijn/artikel").asText());
        assertEquals("P56D", regeling.at("/beslistermijn/duur").asText());
    }

    @Test
    public void judgesByTheRulesInForceAndCitesEveryArticle() {
        JsonNode toegekend = toets("""
                {"ingediendOp":"2025-04-01","activiteitOp":"2025-06-01","gevraagd":"750.00","schaal":"buurt",
                 "wijk":"WK022291","leeftijdAanvrager":34,"kenmerken":["openbaar_toegankelijk"]}""");
        assertEquals("toegekend", toegekend.get("uitkomst").asText());
        assertEquals("750.00", toegekend.get("bedrag").asText());
        assertEquals(MODEL_BUNDLE, toegekend.at("/regels/bundel").asText());

        JsonNode afgewezen = toets("""
                {"ingediendOp":"2025-04-01","activiteitOp":"2025-06-01","gevraagd":"6000","schaal":"wijk",
                 "leeftijdAanvrager":16,"kenmerken":["politiek"]}""");
        assertEquals("afgewezen", afgewezen.get("uitkomst").asText());
        assertEquals("0.00", afgewezen.get("bedrag").asText());
        assertEquals(4, afgewezen.get("redenen").size());
        afgewezen.get("redenen").forEach(r -> assertTrue(r.get("artikel").asText().length() > 5));

        HttpResponse<String> voorDeRegels = post(TOETS, """
                {"ingediendOp":"2024-04-01","activiteitOp":"2024-06-01","gevraagd":"750.00","schaal":"buurt",
                 "leeftijdAanvrager":34,"kenmerken":["openbaar_toegankelijk"]}""");
        assertProblem(voorDeRegels, 503);
    }

    @Test
    public void noRulesMeansNoDecision() {
        JsonNode problem = assertProblem(post("/gemeenten/GM0518/subsidieregelingen/bewonersinitiatief/beoordelingen", """
                {"activiteitOp":"2030-06-01","gevraagd":"750.00","schaal":"buurt","leeftijdAanvrager":34}"""), 503);
        assertTrue(problem.get("detail").asText(), problem.get("detail").asText().contains("GM0518"));
        assertProblem(get("/gemeenten/GM0518/subsidieregelingen/bewonersinitiatief"), 503);
    }

    @Test
    public void invalidApplicationNamesEveryField() {
        JsonNode problem = assertProblem(post(TOETS, """
                {"activiteitOp":"1 juni","gevraagd":"12,50","schaal":"dorp","wijk":"WK051836","kenmerken":["gratis"]}"""),
                400);
        Set<String> velden = new HashSet<>();
        problem.get("invalidParams").forEach(p -> velden.add(p.get("name").asText()));
        assertEquals(Set.of("activiteitOp", "gevraagd", "schaal", "wijk", "leeftijdAanvrager", "kenmerken"), velden);
    }

    @Test
    public void rulesFollowTheirBundle() throws BundleException {
        Bundle model = Stream.of(bundleContext.getBundles()).filter(b -> MODEL_BUNDLE.equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
        model.stop();
        try {
            await("the model rules are withdrawn", Duration.ofSeconds(10),
                    () -> get("/gemeenten/GM0222/subsidieregelingen/bewonersinitiatief").statusCode() == 503);
        } finally {
            model.start();
        }
        await("the model rules are back", Duration.ofSeconds(10),
                () -> get("/gemeenten/GM0222/subsidieregelingen/bewonersinitiatief").statusCode() == 200);
    }

    private JsonNode toets(String body) {
        HttpResponse<String> response = post(TOETS, body);
        assertEquals(response.body(), 200, response.statusCode());
        return json(response);
    }

    private HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
