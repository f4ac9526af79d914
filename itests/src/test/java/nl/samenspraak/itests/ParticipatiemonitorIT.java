package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Participatiemonitor over HTTP on the real distribution: a traject and a wijkbudget round in Doetinchem, their
 * questionnaires answered by a signed-in participant and by voters with their receipts, one response each, the
 * project leader's view below and from five responses, the indicators as JSON and CSV, and the tenant walls.
 */
public class ParticipatiemonitorIT extends SamenspraakTestSupport {

    private static final String GM0222 = "/gemeenten/GM0222";
    private static final String AMBTENAAR = "ambtenaar-doetinchem";
    private static final String INWONER = "inwoner-doetinchem";
    private static final String DE_HUET = "WK022291";

    @Test
    public void eenTrajectEnEenRondeMetVragenlijstenGevenIndicatoren() throws Exception {
        // a traject: the civil servant who opens it is its project leader; the resident takes part
        String traject = id(post(GM0222 + "/participatietrajecten", AMBTENAAR, "{\"titel\":\"Herinrichting Kerkplein\","
                + "\"omschrijving\":\"Samen ontwerpen\",\"wijk\":\"" + DE_HUET + "\",\"niveau\":\"adviseren\","
                + "\"beleidsterrein\":\"openbare ruimte\"}"));
        ok(post(GM0222 + "/initiatieven/" + traject + "/deelnemers", AMBTENAAR, "{\"gebruiker\":\"" + INWONER + "\",\"rol\":\"deelnemer\"}"));
        assertEquals(0, ok(get(GM0222 + "/vragenlijsten?onderwerp=" + traject)).size());
        ok(post(GM0222 + "/participatietrajecten/" + traject + "/fase", AMBTENAAR, "{\"fase\":\"uitvoering\",\"toelichting\":\"Ontwerp klaar\"}"));

        JsonNode lijsten = ok(get(GM0222 + "/vragenlijsten?onderwerp=" + traject));
        assertEquals(1, lijsten.size());
        String vragenlijst = lijsten.get(0).get("id").asText();
        assertEquals(traject + ".voorbereiding", vragenlijst);
        assertEquals("fase_afgerond", lijsten.get(0).get("aanleiding").asText());
        assertEquals(8, lijsten.get(0).get("stellingen").size());
        String reacties = GM0222 + "/vragenlijsten/" + vragenlijst + "/reacties";

        // bad input names each field; nothing is stored
        JsonNode fout = assertProblem(post(reacties, INWONER, "{\"stellingen\":{\"kader\":\"misschien\"},\"cijferProces\":11,"
                + "\"cijferResultaat\":7,\"nogmaals\":\"ja\"}"), 400);
        Set<String> velden = new HashSet<>();
        fout.get("invalidParams").forEach(p -> velden.add(p.get("name").asText()));
        assertTrue(velden.toString(), velden.contains("stellingen.kader"));
        assertProblem(post(reacties, INWONER, antwoorden(11, 7, null)), 400);
        assertProblem(post(reacties, null, antwoorden(7, 7, null)), 401);
        assertProblem(post(reacties, AMBTENAAR, antwoorden(7, 7, null)), 403); // the project leader evaluates, not answers
        assertProblem(post(reacties, "inwoner-denhaag", antwoorden(7, 7, null)), 403);

        assertEquals(201, post(reacties, INWONER, antwoorden(8, 7, null)).statusCode());
        assertProblem(post(reacties, INWONER, antwoorden(3, 3, null)), 409);

        String overzicht = GM0222 + "/reactieoverzichten/" + traject;
        JsonNode weinig = ok(get(overzicht, AMBTENAAR, "demo"));
        assertEquals(1, weinig.get("reacties").asInt());
        assertFalse(weinig.get("genoegReacties").asBoolean());
        assertTrue(weinig.get("cijferProces").isNull());
        assertEquals(0, weinig.get("goed").size());
        assertProblem(get(overzicht, INWONER, "demo"), 403);
        assertProblem(get(overzicht, "ambtenaar-denhaag", "demo"), 403);
        JsonNode zelf = ok(send(HttpRequest.newBuilder(uri(overzicht + "/zelfevaluatie")).header("Authorization", basic(AMBTENAAR, "demo"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"stellingen\":" + stellingen("eens")
                        + ",\"soort\":\"burgerparticipatie\",\"niveau\":\"adviseren\",\"schaal\":\"wijk\",\"duurInWeken\":12,"
                        + "\"beslisser\":\"college\"}"))));
        assertEquals("eens", zelf.at("/zelfevaluatie/stellingen/kader").asText());
        assertEquals("eens", zelf.at("/stellingen/0/eigenOordeel").asText());

        // a wijkbudget round: six voters; their receipts answer the questionnaire after the result
        String pad = ronde(6);
        List<String> bewijzen = new ArrayList<>();
        for (String code : stemcodes) {
            bewijzen.add(json(created(post(pad + "/stemmen", null, "{\"stemcode\":\"" + code + "\",\"plannen\":[\"" + plan + "\"]}")))
                    .get("ontvangstbewijs").asText());
        }
        String rondeId = pad.substring(pad.lastIndexOf('/') + 1);
        assertEquals(0, ok(get(GM0222 + "/vragenlijsten?onderwerp=" + rondeId)).size());
        ok(post(pad + "/uitslag", AMBTENAAR, ""));
        String uitslag = GM0222 + "/vragenlijsten/" + rondeId + ".uitslag/reacties";
        assertTrue(ok(get(GM0222 + "/vragenlijsten/" + rondeId + ".uitslag")).get("metOntvangstbewijs").asBoolean());

        int[] cijfers = { 6, 7, 8, 9, 10 };
        for (int i = 0; i < 4; i++) {
            assertEquals(201, post(uitslag, null, antwoorden(cijfers[i], 8, bewijzen.get(i))).statusCode());
        }
        JsonNode vier = ok(get(GM0222 + "/reactieoverzichten/" + rondeId, AMBTENAAR, "demo"));
        assertEquals(4, vier.get("reacties").asInt());
        assertFalse(vier.get("genoegReacties").asBoolean());
        assertTrue(vier.get("cijferProces").isNull());
        assertEquals(0, vier.at("/stellingen/0/verdeling").size());

        assertEquals(201, post(uitslag, null, antwoorden(cijfers[4], 8, bewijzen.get(4))).statusCode());
        assertProblem(post(uitslag, null, antwoorden(1, 1, bewijzen.get(4).toUpperCase())), 409);
        assertProblem(post(uitslag, null, antwoorden(5, 5, "ab".repeat(32))), 403);
        assertProblem(post(uitslag, null, antwoorden(5, 5, null)), 400);
        JsonNode vijf = ok(get(GM0222 + "/reactieoverzichten/" + rondeId, AMBTENAAR, "demo"));
        assertTrue(vijf.get("genoegReacties").asBoolean());
        assertEquals("8.0", vijf.get("cijferProces").decimalValue().toPlainString()); // 6 7 8 9 10
        assertEquals(5, vijf.at("/stellingen/0/verdeling/eens").asInt());
        assertEquals(5, vijf.get("goed").size());

        // the indicators, computed from all of the above
        JsonNode monitor = ok(get(GM0222 + "/participatiemonitor", AMBTENAAR, "demo"));
        assertEquals("6", waarde(monitor, "reacties.aantal", "reacties"));
        // 8 (traject) + 6 7 8 9 10 = 48 / 6 = 8.0; 7 + 5 x 8 = 47 / 6 = 7.8
        assertEquals("8.0", waarde(monitor, "reacties.rapportcijfer", "proces"));
        assertEquals("7.8", waarde(monitor, "reacties.rapportcijfer", "resultaat"));
        assertEquals("1", waarde(monitor, "trajecten.per_niveau", "adviseren"));
        assertEquals("1", waarde(monitor, "deelnemers.per_traject", traject));
        assertEquals("6", waarde(monitor, "wijkbudget.stemmen_online", rondeId));
        // 6 of the 4000 inhabitants configured for De Huet: 0.15 %, to one decimal
        assertEquals("0.2", waarde(monitor, "wijkbudget.opkomst", rondeId));
        assertEquals("20000.00", waarde(monitor, "wijkbudget.toegewezen", rondeId));
        // the traject still gathers input: no terugkoppeling yet
        assertEquals("1", waarde(monitor, "trajecten.terugkoppeling", "trajecten"));
        assertEquals("0", waarde(monitor, "trajecten.terugkoppeling", "met_terugkoppeling"));
        for (JsonNode indicator : monitor.get("indicatoren")) {
            assertFalse(indicator.get("berekening").asText().isBlank());
        }
        String jaar = String.valueOf(LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear());
        assertEquals("6", waarde(ok(get(GM0222 + "/participatiemonitor?jaar=" + jaar + "&wijk=" + DE_HUET, AMBTENAAR, "demo")),
                "reacties.aantal", "reacties"));
        assertEquals("0", waarde(ok(get(GM0222 + "/participatiemonitor?jaar=2020", AMBTENAAR, "demo")), "reacties.aantal", "reacties"));
        assertEquals("", waarde(ok(get(GM0222 + "/participatiemonitor?soort=uitdaagrecht", AMBTENAAR, "demo")),
                "reacties.rapportcijfer", "proces"));

        HttpResponse<String> csv = send(HttpRequest.newBuilder(uri(GM0222 + "/participatiemonitor"))
                .header("Authorization", basic(AMBTENAAR, "demo")).header("Accept", "text/csv"));
        assertEquals(csv.body(), 200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] regels = csv.body().split("\r\n");
        assertEquals("sleutel,label,van,tot_en_met,waarde_sleutel,waarde_label,waarde,eenheid", regels[0]);
        assertTrue(csv.body(), List.of(regels).contains("reacties.aantal,Ingevulde vragenlijsten,,,reacties,Reacties,6,aantal"));
        assertTrue(csv.body(), List.of(regels).contains("reacties.rapportcijfer,Gemiddeld rapportcijfer,,,proces,Voor het proces,8.0,cijfer"));

        // the benchmark: both demo gemeenten take part, but one other gemeente is too few for a median
        JsonNode benchmark = ok(get(GM0222 + "/participatiemonitor/benchmark", AMBTENAAR, "demo"));
        assertTrue(benchmark.toString(), benchmark.size() > 10);
        for (JsonNode v : benchmark) {
            assertFalse(v.get("indicator").asText(), v.get("indicator").asText().startsWith("wijkbudget."));
            assertTrue(v.toString(), v.get("mediaanAlle").isNull());
            assertEquals(0, v.get("aantalAlle").asInt());
        }
        assertTrue(ok(get("/gemeenten/GM0518/participatiemonitor/benchmark", "ambtenaar-denhaag", "demo")).toString(),
                ok(get("/gemeenten/GM0518/participatiemonitor/benchmark", "ambtenaar-denhaag", "demo")).findValues("mediaanAlle")
                        .stream().allMatch(JsonNode::isNull));
        assertProblem(get(GM0222 + "/participatiemonitor/benchmark", "ambtenaar-denhaag", "demo"), 403);

        // the key figures of one subject, under the same keys, for the project leader's report
        ObjectNode trajectcijfers = new ObjectMapper().createObjectNode();
        trajectcijfers.set("indicatoren", ok(get(GM0222 + "/reactieoverzichten/" + traject + "/kerncijfers", AMBTENAAR, "demo")));
        assertEquals(List.of("deelnemers.per_traject", "deelnemers.per_fase", "trajecten.terugkoppeling",
                "trajecten.dagen_tot_terugkoppeling"),
                java.util.stream.StreamSupport.stream(trajectcijfers.get("indicatoren").spliterator(), false)
                        .map(i -> i.get("sleutel").asText()).toList());
        assertEquals("1", waarde(trajectcijfers, "deelnemers.per_traject", traject));
        assertEquals("1", waarde(trajectcijfers, "deelnemers.per_fase", "voorbereiding"));
        ObjectNode rondecijfers = new ObjectMapper().createObjectNode();
        rondecijfers.set("indicatoren", ok(get(GM0222 + "/reactieoverzichten/" + rondeId + "/kerncijfers", AMBTENAAR, "demo")));
        assertEquals("6", waarde(rondecijfers, "wijkbudget.stemmen_online", rondeId));
        assertEquals("20000.00", waarde(rondecijfers, "wijkbudget.toegewezen", rondeId));
        assertProblem(get(GM0222 + "/reactieoverzichten/" + traject + "/kerncijfers", INWONER, "demo"), 403);
        assertProblem(get(GM0222 + "/reactieoverzichten/onbekend/kerncijfers", AMBTENAAR, "demo"), 404);
        assertProblem(get("/gemeenten/GM0518/reactieoverzichten/" + traject + "/kerncijfers", "ambtenaar-denhaag", "demo"), 404);

        // bad filters and tenant walls
        assertEquals("jaar", assertProblem(get(GM0222 + "/participatiemonitor?jaar=twintig", AMBTENAAR, "demo"), 400)
                .at("/invalidParams/0/name").asText());
        assertEquals("wijk", assertProblem(get(GM0222 + "/participatiemonitor?wijk=WK051801", AMBTENAAR, "demo"), 400)
                .at("/invalidParams/0/name").asText());
        assertProblem(get(GM0222 + "/participatiemonitor"), 401);
        assertProblem(get(GM0222 + "/participatiemonitor", INWONER, "demo"), 403);
        assertProblem(get(GM0222 + "/participatiemonitor", "ambtenaar-denhaag", "demo"), 403);
        assertProblem(get("/gemeenten/GM0518/vragenlijsten/" + vragenlijst), 404);
        assertProblem(get("/gemeenten/GM0518/reactieoverzichten/" + traject, "ambtenaar-denhaag", "demo"), 404);
        assertEquals("0", waarde(ok(get("/gemeenten/GM0518/participatiemonitor", "ambtenaar-denhaag", "demo")), "reacties.aantal",
                "reacties"));

        // the gemeente tells what it did with the input as the traject moves on to its evaluation
        ok(post(GM0222 + "/participatietrajecten/" + traject + "/fase", AMBTENAAR,
                "{\"fase\":\"evaluatie\",\"toelichting\":\"Het plein krijgt de bomen die u vroeg\"}"));
        JsonNode na = ok(get(GM0222 + "/participatiemonitor", AMBTENAAR, "demo"));
        assertEquals("1", waarde(na, "trajecten.terugkoppeling", "met_terugkoppeling"));
        assertEquals("100.0", waarde(na, "trajecten.terugkoppeling", "aandeel"));
        assertEquals("0.0", waarde(na, "trajecten.dagen_tot_terugkoppeling", "mediaan"));
    }

    private List<String> stemcodes;
    private String plan;

    /** Opens a round in De Huet with one feasible plan and {@code kiezers} voting codes, and starts the vote. */
    private String ronde(int kiezers) {
        String vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String budget = id(post(GM0222 + "/budgetten", AMBTENAAR, "{\"naam\":\"Monitor De Huet\",\"wijk\":\"" + DE_HUET + "\","
                + "\"regeling\":\"wijkbudget\",\"van\":\"2025-01-01\",\"tot\":\"2030-12-31\",\"plafond\":\"50000.00\"}"));
        String pad = GM0222 + "/wijkbudgetten/" + id(post(GM0222 + "/wijkbudgetten", AMBTENAAR, "{\"titel\":\"Monitor De Huet\","
                + "\"wijk\":\"" + DE_HUET + "\",\"bedrag\":\"50000.00\",\"budgetId\":\"" + budget + "\",\"proces\":\"stemming-mes\","
                + "\"planning\":{\"stemmen\":\"" + vandaag + "\"}}"));
        plan = id(post(pad + "/plannen", INWONER, "{\"titel\":\"Speeltuin\",\"omschrijving\":\"Voor de wijk\",\"geschatteKosten\":\"20000.00\"}"));
        ok(post(pad + "/fase", AMBTENAAR, "{\"fase\":\"haalbaarheidstoets\"}"));
        ok(post(pad + "/plannen/" + plan + "/haalbaarheid", AMBTENAAR, "{\"haalbaar\":true,\"toelichting\":\"Uitvoerbaar\"}"));
        StringBuilder lijst = new StringBuilder();
        for (int i = 0; i < kiezers; i++) {
            lijst.append(i == 0 ? "" : ",").append("{\"kenmerk\":\"monitor-").append(i)
                    .append("\",\"geboortedatum\":\"1980-01-01\",\"wijk\":\"" + DE_HUET + "\"}");
        }
        stemcodes = new ArrayList<>();
        ok(post(pad + "/stempassen", AMBTENAAR, "{\"kiezers\":[" + lijst + "]}")).get("uitgegeven").forEach(c -> stemcodes.add(c.asText()));
        ok(post(pad + "/fase", AMBTENAAR, "{\"fase\":\"stemmen\"}"));
        return pad;
    }

    private static String antwoorden(int cijferProces, int cijferResultaat, String ontvangstbewijs) {
        return "{\"stellingen\":" + stellingen("eens") + ",\"cijferProces\":" + cijferProces + ",\"cijferResultaat\":"
                + cijferResultaat + ",\"nogmaals\":\"ja\",\"goed\":\"Duidelijke avonden\",\"beter\":\"\""
                + (ontvangstbewijs == null ? "" : ",\"ontvangstbewijs\":\"" + ontvangstbewijs + "\"") + "}";
    }

    private static String stellingen(String oordeel) {
        List<String> velden = new ArrayList<>();
        for (String s : List.of("kader", "aanspreekpunt", "informatie", "invloed", "serieus", "terugkoppeling", "afspiegeling", "verloop")) {
            velden.add("\"" + s + "\":\"" + oordeel + "\"");
        }
        return "{" + String.join(",", velden) + "}";
    }

    /** A figure of an indicator as plain text, "" when empty. */
    private static String waarde(JsonNode monitor, String sleutel, String waarde) {
        for (JsonNode indicator : monitor.get("indicatoren")) {
            if (indicator.get("sleutel").asText().equals(sleutel)) {
                for (JsonNode w : indicator.get("waarden")) {
                    if (w.get("sleutel").asText().equals(waarde)) {
                        return w.get("waarde").isNull() ? "" : w.get("waarde").decimalValue().toPlainString();
                    }
                }
                throw new AssertionError(sleutel + " has no figure " + waarde + ": " + indicator);
            }
        }
        throw new AssertionError("no indicator " + sleutel + " in " + monitor);
    }

    /** The body of a 200 or 201, with decimals read exactly as the server wrote them (20000.00 stays 20000.00). */
    private static JsonNode ok(HttpResponse<String> antwoord) {
        assertTrue(antwoord.request().uri() + ": " + antwoord.statusCode() + " " + antwoord.body(),
                antwoord.statusCode() == 200 || antwoord.statusCode() == 201);
        try {
            return EXACT.readTree(antwoord.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("no JSON: " + antwoord.body(), e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper EXACT = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    private static HttpResponse<String> created(HttpResponse<String> antwoord) {
        assertEquals(antwoord.body(), 201, antwoord.statusCode());
        return antwoord;
    }

    private static String id(HttpResponse<String> antwoord) {
        return ok(antwoord).get("id").asText();
    }
}
