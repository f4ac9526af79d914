package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every error is a problem with the right 4xx and the {@code API-Version} header, also the ones Jetty answers
 * before any servlet sees the request (a target that is no URI, a URI or headers too large, a malformed
 * request); dates outside the years the platform stores, an unknown subsidy scheme and a body without a
 * Content-Type are the client's mistakes, answered as such and never logged as an ERROR; no answer names our
 * Java classes or repeats a parser's message.
 */
public class FoutenIT extends SamenspraakTestSupport {

    /** What an answer must never contain: our packages, Java's, Jackson's and Jetty's vocabulary. */
    static final List<String> INTERN = List.of("nl.samenspraak", "java.", "javax.", "Exception", "jackson", "Jackson",
            "Cannot ", "token", "org.eclipse", "org.apache", "<html", "`");

    private static int port() {
        return Integer.parseInt(System.getProperty("samenspraak.itest.http.port"));
    }

    private static RauwHttp.Antwoord rauw(String... regels) {
        String[] metHost = new String[regels.length + 1];
        System.arraycopy(regels, 0, metHost, 0, regels.length);
        metHost[regels.length] = "Host: localhost";
        return RauwHttp.stuur(port(), metHost);
    }

    private static JsonNode assertRauwProbleem(RauwHttp.Antwoord antwoord, int status) {
        assertEquals(antwoord.body(), status, antwoord.status());
        assertEquals(antwoord.headers().toString(), PROBLEM_JSON, antwoord.header("Content-Type"));
        assertEquals("1.0.0", antwoord.header("API-Version"));
        assertZonderInterneNamen(antwoord.body());
        try {
            JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(antwoord.body());
            assertEquals(status, problem.path("status").asInt());
            assertTrue(problem.path("type").asText().startsWith("https://samenspraak.nl/problemen/"));
            assertFalse(problem.path("detail").asText().isBlank());
            return problem;
        } catch (IOException e) {
            throw new AssertionError("no JSON: " + antwoord.body(), e);
        }
    }

    static void assertZonderInterneNamen(String body) {
        for (String intern : INTERN) {
            assertFalse(intern + " in " + body, body.contains(intern));
        }
    }

    @Test
    public void aTargetThatIsNoUriIsA400ProblemNotAnHtml500() {
        for (String doel : List.of("/api/v1/gemeenten/{x}", "/api/v1/gemeenten/a|b", "/api/v1/gemeenten/a\\b",
                "/api/v1/gemeenten/^", "/api/v1/gemeenten?datum=%zz", "/api/v1/gemeenten/%zz")) {
            assertRauwProbleem(rauw("GET " + doel + " HTTP/1.1"), 400);
        }
    }

    @Test
    public void jettysOwnRefusalsAreProblemsWithTheApiVersion() {
        assertRauwProbleem(rauw("GET /api/v1/gemeenten/" + "a".repeat(20_000) + " HTTP/1.1"), 414);
        assertRauwProbleem(rauw("GET /api/v1/health HTTP/1.1", "X-Groot: " + "a".repeat(20_000)), 431);
        assertRauwProbleem(rauw("GET /api/v1/health HTTP/1.1", "Geen dubbelepunt"), 400);
        assertRauwProbleem(rauw("GET /api/v1/health HTTP/9.9"), 505);
    }

    @Test
    public void aBodyOverTheLimitIs413BeforeAnythingReadsIt() {
        // declared as 2 MB, and never sent: Jetty answers on the headers alone
        assertRauwProbleem(rauw("POST /api/v1/gemeenten/GM0222/subsidieregelingen/bewonersinitiatief/beoordelingen HTTP/1.1",
                "Content-Type: application/json", "Content-Length: " + 2 * 1024 * 1024), 413);
        assertRauwProbleem(rauw("POST /api/v1/gemeenten/GM0222/budgetten HTTP/1.1", "Content-Type: application/json",
                "Transfer-Encoding: chunked"), 411);
    }

    @Test
    public void datesInYearZeroOrYearHundredThousandAre400WithTheirField() {
        for (String datum : List.of("0000-01-01", "+100000-01-01")) {
            JsonNode problem = assertProblem(post("/gemeenten/GM0222/subsidieregelingen/bewonersinitiatief/beoordelingen", null,
                    "{\"ingediendOp\":\"" + datum + "\",\"activiteitOp\":\"2027-06-01\",\"gevraagd\":\"100.00\","
                            + "\"schaal\":\"straat\",\"leeftijdAanvrager\":30}"), 400);
            assertEquals(datum, "ingediendOp", problem.at("/invalidParams/0/name").asText());
            assertProblem(get("/gemeenten/GM0222/regels?datum=" + datum.replace("+", "%2B")), 400);
        }
        String budgetten = get("/gemeenten/GM0222/budgetten", "ambtenaar-doetinchem", "demo").body();
        JsonNode problem = assertProblem(post("/gemeenten/GM0222/budgetten", "ambtenaar-doetinchem",
                "{\"naam\":\"Jaar nul\",\"van\":\"0000-01-01\",\"tot\":\"0000-12-31\",\"plafond\":\"100.00\"}"), 400);
        assertTrue(problem.toString(), problem.toString().contains("\"van\""));
        assertEquals("nothing stored", budgetten, get("/gemeenten/GM0222/budgetten", "ambtenaar-doetinchem", "demo").body());
    }

    @Test
    public void anUnknownSubsidySchemeIsNotFound() {
        assertProblem(get("/gemeenten/GM0222/subsidieregelingen/bestaat-niet"), 404);
        assertProblem(post("/gemeenten/GM0222/subsidieregelingen/bestaat-niet/beoordelingen", null,
                "{\"activiteitOp\":\"2027-06-01\",\"gevraagd\":\"100.00\",\"schaal\":\"straat\",\"leeftijdAanvrager\":30}"), 404);
        // a scheme that exists keeps answering
        assertEquals(200, get("/gemeenten/GM0222/subsidieregelingen/bewonersinitiatief").statusCode());
    }

    @Test
    public void aBodyWithoutContentTypeIs415AndNoErrorInTheLog() throws IOException {
        long errors = errorLines();
        HttpResponse<String> zonder = send(HttpRequest.newBuilder(uri("/gemeenten/GM0222/budgetten"))
                .header("Authorization", basic("ambtenaar-doetinchem", "demo"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"naam\":\"x\"}")));
        assertProblem(zonder, 415);
        HttpResponse<String> anoniem = send(HttpRequest.newBuilder(
                uri("/gemeenten/GM0222/subsidieregelingen/bewonersinitiatief/beoordelingen"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(anoniem, 415);
        assertEquals("ERROR lines logged for a client's mistake", errors, errorLines());
    }

    @Test
    public void bodiesJacksonCannotReadAreAnsweredWithoutItsMessagesOrOurClassNames() {
        String toets = "/gemeenten/GM0222/subsidieregelingen/bewonersinitiatief/beoordelingen";
        for (String body : List.of("[1,2]", "\"x\"", "12", "{\"leeftijdAanvrager\":1e400}",
                "{\"leeftijdAanvrager\":99999999999999999999}", "{\"activiteitOp\":", "{,}", "{\"kenmerken\":{}}", "nul")) {
            HttpResponse<String> antwoord = post(toets, null, body);
            assertProblem(antwoord, 400);
            assertZonderInterneNamen(antwoord.body());
        }
        JsonNode bereik = json(post(toets, null, "{\"leeftijdAanvrager\":1e400}"));
        assertEquals("leeftijdAanvrager", bereik.at("/invalidParams/0/name").asText());
    }

    private static long errorLines() throws IOException {
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        assertNotNull(log);
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("| ERROR |")).collect(Collectors.counting());
        }
    }
}
