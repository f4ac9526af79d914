package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bad requests generated from the OpenAPI document to every operation, as an anonymous caller, as another
 * gemeente's civil servant and as the right civil servant, within a time budget: no 5xx, every error a problem
 * with {@code API-Version}, no internal names in any answer, no bad request accepted, the tenant wall holds
 * (another gemeente's civil servant never gets a 2xx from a secured operation), and the gemeenten's data read
 * back is the same afterwards (nothing stored after a rejection). The counts are printed and written to
 * {@code data/robuustheid.txt} of the container (kept with {@code -Dsamenspraak.itest.keep=true}).
 */
public class RobuustheidIT extends SamenspraakTestSupport {

    private static final Duration BUDGET = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GM = "GM0222";
    private static final String RECHT = "ambtenaar-doetinchem";
    private static final String ANDER = "ambtenaar-denhaag";
    private static final List<String> AANROEPERS = java.util.Arrays.asList(null, ANDER, RECHT);

    private int verzoeken;
    private final List<String> vijfhonderd = new ArrayList<>();
    private final List<String> geenProbleem = new ArrayList<>();
    private final List<String> lekken = new ArrayList<>();
    private final List<String> aanvaard = new ArrayList<>();
    private final List<String> muur = new ArrayList<>();
    private final List<String> verbroken = new ArrayList<>();

    @Test
    public void badRequestsToEveryOperationAreRefusedCleanly() throws IOException {
        String budget = json(post("/gemeenten/" + GM + "/budgetten", RECHT, "{\"naam\":\"Robuust\",\"wijk\":\"WK022291\","
                + "\"regeling\":\"wijkbudget\",\"van\":\"2025-01-01\",\"tot\":\"2030-12-31\",\"plafond\":\"50000.00\"}")).path("id").asText();
        String ronde = json(post("/gemeenten/" + GM + "/wijkbudgetten", RECHT, "{\"titel\":\"Robuust\",\"wijk\":\"WK022291\","
                + "\"bedrag\":\"1000.00\",\"budgetId\":\"" + budget + "\",\"proces\":\"stemming-mes\",\"planning\":{\"stemmen\":\""
                + LocalDate.now().plusDays(30) + "\"}}")).path("id").asText();
        String plan = json(post("/gemeenten/" + GM + "/wijkbudgetten/" + ronde + "/plannen", "inwoner-doetinchem",
                "{\"titel\":\"Bank\",\"omschrijving\":\"Bij de vijver\",\"geschatteKosten\":\"100.00\"}")).path("id").asText();
        assertTrue(budget + " " + ronde + " " + plan, !budget.isEmpty() && !ronde.isEmpty() && !plan.isEmpty());
        Map<String, String> ids = Map.of("code", GM, "id", ronde, "plan", plan, "regeling", "bewonersinitiatief",
                "volgnummer", "1");
        Map<String, String> voor = stand(budget, ronde);

        JsonNode document = json(get("/api/v1/openapi.json"));
        Instant einde = Instant.now().plus(BUDGET);
        Iterator<Map.Entry<String, JsonNode>> paden = document.path("paths").fields();
        while (paden.hasNext() && Instant.now().isBefore(einde)) {
            Map.Entry<String, JsonNode> pad = paden.next();
            pad.getValue().fields().forEachRemaining(operatie -> {
                String methode = operatie.getKey().toUpperCase();
                boolean beveiligd = operatie.getValue().has("security");
                String id = pad.getKey().contains("budgetten/{id}") ? budget : ronde;
                Map<String, String> waarden = new LinkedHashMap<>(ids);
                waarden.put("id", id);
                for (String aanroeper : AANROEPERS) {
                    for (Map.Entry<String, String> variant : padvarianten(pad.getKey(), waarden).entrySet()) {
                        for (Map.Entry<String, String> body : bodies(document, operatie.getValue()).entrySet()) {
                            boolean slecht = !variant.getKey().equals("pad") || !body.getKey().equals("geen");
                            stuur(methode, variant.getValue(), body, aanroeper, beveiligd, slecht);
                        }
                    }
                }
            });
        }
        Map<String, String> na = stand(budget, ronde);
        List<String> opgeslagen = new ArrayList<>();
        voor.forEach((wat, inhoud) -> {
            if (!inhoud.equals(na.get(wat))) {
                opgeslagen.add(wat);
            }
        });

        String telling = "robustness suite: " + verzoeken + " requests, " + vijfhonderd.size() + " 5xx, " + geenProbleem.size()
                + " errors that are no problem+json with API-Version, " + lekken.size() + " leaks of internal names, "
                + aanvaard.size() + " bad requests accepted, " + muur.size() + " tenant-wall breaches, " + opgeslagen.size()
                + " resources changed after rejections, " + verbroken.size() + " connections closed before the body was sent (" + (paden.hasNext() ? "time budget reached" : "every operation") + ")";
        System.out.println(telling);
        Files.writeString(Path.of(System.getProperty("karaf.data"), "robuustheid.txt"), telling + "\n5xx " + vijfhonderd + "\nno problem " + geenProbleem
                + "\nleaks " + lekken + "\naccepted " + aanvaard + "\nwall " + muur + "\nstored " + opgeslagen + "\nclosed " + verbroken + "\n");
        assertEquals("5xx", List.of(), vijfhonderd);
        assertEquals("no problem", List.of(), geenProbleem);
        assertEquals("leaks", List.of(), lekken);
        assertEquals("accepted", List.of(), aanvaard);
        assertEquals("tenant wall", List.of(), muur);
        assertEquals("stored after rejection", List.of(), opgeslagen);
        assertTrue(telling, verzoeken > 1000);
    }

    private void stuur(String methode, String pad, Map.Entry<String, String> body, String aanroeper, boolean beveiligd,
            boolean slecht) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(uri("/").toString().replaceAll("/$", "") + pad));
        if (aanroeper != null) {
            verzoek.header("Authorization", basic(aanroeper, "demo"));
        }
        if (body.getKey().equals("geen")) {
            verzoek.method(methode, HttpRequest.BodyPublishers.noBody());
        } else {
            verzoek.header("Content-Type", body.getKey().startsWith("csv") ? "text/csv" : "application/json")
                    .method(methode, HttpRequest.BodyPublishers.ofString(body.getValue()));
        }
        HttpResponse<String> antwoord;
        verzoeken++;
        try {
            antwoord = send(verzoek);
        } catch (java.io.UncheckedIOException e) {
            // the server answered (and closed) before the whole body was sent: a refusal the client cannot read
            verbroken.add(methode + " " + pad + " " + body.getKey() + " as " + aanroeper);
            return;
        }
        String wat = methode + " " + pad + " " + body.getKey() + " as " + aanroeper + " -> " + antwoord.statusCode();
        int status = antwoord.statusCode();
        if (status >= 500) {
            vijfhonderd.add(wat + " " + antwoord.body());
        }
        if (status >= 400 && (!PROBLEM_JSON.equals(antwoord.headers().firstValue("Content-Type").orElse(""))
                || antwoord.headers().firstValue("API-Version").isEmpty())) {
            geenProbleem.add(wat);
        }
        for (String intern : FoutenIT.INTERN) {
            if (status >= 400 && antwoord.body().contains(intern)) {
                lekken.add(wat + " " + antwoord.body());
                break;
            }
        }
        if (status < 300 && !methode.equals("GET") && slecht) {
            aanvaard.add(wat);
        }
        if (status < 300 && beveiligd && ANDER.equals(aanroeper)) {
            muur.add(wat);
        }
    }

    /** The path as it should be, and with a bad value for each kind of path parameter. */
    private static Map<String, String> padvarianten(String sjabloon, Map<String, String> waarden) {
        Map<String, String> varianten = new LinkedHashMap<>();
        varianten.put("pad", vul(sjabloon, n -> waarden.getOrDefault(n, "onbekend")));
        if (sjabloon.contains("{")) {
            varianten.put("lang", vul(sjabloon, n -> "x".repeat(300)));
            varianten.put("tekens", vul(sjabloon, n -> "%7B%7D%00%C0%AF"));
            varianten.put("punten", vul(sjabloon, n -> n.equals("code") ? GM : "..%2F..%2Fetc"));
        }
        return varianten;
    }

    private static String vul(String sjabloon, Function<String, String> waarde) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(sjabloon);
        StringBuilder pad = new StringBuilder("/api/v1");
        int i = 0;
        while (m.find()) {
            pad.append(sjabloon, i, m.start()).append(waarde.apply(m.group(1)));
            i = m.end();
        }
        return pad.append(sjabloon.substring(i)).toString();
    }

    /** No body, and for an operation that takes one: broken, mistyped, oversized and out-of-range bodies. */
    private static Map<String, String> bodies(JsonNode document, JsonNode operatie) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("geen", "");
        JsonNode inhoud = operatie.at("/requestBody/content");
        if (inhoud.has("text/csv")) {
            bodies.put("csv-leeg", "");
            bodies.put("csv-onzin", "\u0000;\u0000\n;;;;\n" + "x".repeat(10_000));
        }
        if (!inhoud.has("application/json")) {
            return bodies;
        }
        bodies.put("leeg", "");
        bodies.put("afgebroken", "{\"a\":");
        bodies.put("lijst", "[1,2]");
        bodies.put("null", "null");
        bodies.put("onbekend-veld", "{\"onbekend\":1}");
        bodies.put("leeg-object", "{}");
        JsonNode schema = volg(document, inhoud.at("/application~1json/schema"));
        bodies.put("verkeerde-typen", vul(document, schema, Soort.VERKEERD).toString());
        bodies.put("te-groot", vul(document, schema, Soort.GROOT).toString());
        bodies.put("jaar-nul", vul(document, schema, Soort.JAAR_NUL).toString());
        return bodies;
    }

    private enum Soort { VERKEERD, GROOT, JAAR_NUL }

    private static ObjectNode vul(JsonNode document, JsonNode schema, Soort soort) {
        ObjectNode object = JSON.createObjectNode();
        schema.path("properties").fields().forEachRemaining(e -> {
            JsonNode eigenschap = volg(document, e.getValue());
            String type = eigenschap.path("type").asText("object");
            switch (soort) {
            case VERKEERD -> {
                switch (type) {
                case "string" -> object.put(e.getKey(), 1500.1);
                case "integer", "number" -> object.put(e.getKey(), "veel");
                case "boolean" -> object.put(e.getKey(), "ja");
                case "array" -> object.putObject(e.getKey());
                default -> object.putArray(e.getKey());
                }
            }
            case GROOT -> {
                switch (type) {
                case "string" -> object.put(e.getKey(), "a".repeat(20_000));
                case "integer", "number" -> object.put(e.getKey(), new java.math.BigInteger("99999999999999999999999"));
                case "boolean" -> object.put(e.getKey(), true);
                case "array" -> {
                    ArrayNode lijst = object.putArray(e.getKey());
                    for (int i = 0; i < 2_000; i++) {
                        lijst.add("x");
                    }
                }
                default -> object.putObject(e.getKey()).put("a", "b".repeat(10_000));
                }
            }
            case JAAR_NUL -> {
                switch (type) {
                case "string" -> object.put(e.getKey(), "0000-01-01");
                case "integer", "number" -> object.put(e.getKey(), -1);
                case "boolean" -> object.put(e.getKey(), false);
                case "array" -> object.putArray(e.getKey()).add("0000-01-01");
                default -> object.putObject(e.getKey()).put("stemmen", "+100000-01-01");
                }
            }
            }
        });
        return object;
    }

    private static JsonNode volg(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText();
        return ref.isEmpty() ? node : document.at(ref.substring(1));
    }

    /** What the gemeenten hold, read back by their own civil servants. */
    private Map<String, String> stand(String budget, String ronde) {
        Map<String, String> stand = new LinkedHashMap<>();
        for (String pad : List.of("/budgetten", "/budgetten/" + budget, "/budgetten/" + budget + "/boekingen", "/wijkbudgetten",
                "/wijkbudgetten/" + ronde, "/wijkbudgetten/" + ronde + "/plannen", "/initiatieven")) {
            stand.put(GM + pad, get("/gemeenten/" + GM + pad, RECHT, "demo").body());
        }
        for (String pad : List.of("/budgetten", "/wijkbudgetten", "/initiatieven")) {
            stand.put("GM0518" + pad, get("/gemeenten/GM0518" + pad, ANDER, "demo").body());
        }
        return stand;
    }
}
