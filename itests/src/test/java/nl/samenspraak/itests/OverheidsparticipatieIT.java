package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Overheidsparticipatie over the API on the demo distribution: the gemeente's ambtenaar records how it takes part in a
 * residents' initiative, version after version; whoever may see the initiative reads it; bad input, other roles and
 * other gemeenten get problems and store nothing.
 */
public class OverheidsparticipatieIT extends SamenspraakTestSupport {

    private static final String GM0222 = "/gemeenten/GM0222";
    private static final String AMBTENAAR = "ambtenaar-doetinchem";
    private static final String INWONER = "inwoner-doetinchem";
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final String PARTNER = "{\"rol\":\"partner\",\"bijdragen\":[\"geld\",\"plek\"],\"toelichting\":"
            + "\"€ 500 en het veld aan de Ploegstraat\",\"contactpersoon\":\"Anna de Wit\",\"contact\":\"a.dewit@doetinchem.example\"}";

    @Test
    public void deGemeenteLegtVastHoeZeMeedoetEnDeAanvragerLeestHet() {
        String id = aanvraag("Moestuin API");
        String pad = GM0222 + "/initiatieven/" + id + "/overheidsparticipatie";
        JsonNode leeg = ok(get(pad, INWONER, "demo"));
        assertTrue(leeg.toString(), leeg.path("huidige").isMissingNode() && leeg.path("versies").isEmpty());

        HttpResponse<String> eerste = post(pad, AMBTENAAR, PARTNER);
        assertEquals(eerste.body(), 201, eerste.statusCode());
        assertTrue(eerste.headers().firstValue("API-Version").isPresent());
        String location = eerste.headers().firstValue("Location").orElseThrow();
        assertTrue(location, location.endsWith("/api/v1" + pad + "/1"));
        JsonNode versie1 = json(eerste);
        assertEquals(1, versie1.get("versie").asInt());
        assertEquals("partner", versie1.get("rol").asText());
        assertEquals("[\"geld\",\"plek\"]", versie1.get("bijdragen").toString());
        assertEquals(AMBTENAAR, versie1.get("vastgelegdDoor").asText());
        HttpResponse<String> daar = send(HttpRequest.newBuilder(URI.create(location)).header("Authorization",
                basic(INWONER, "demo")).GET());
        assertEquals("the Location answers 200 to the applicant: " + daar.body(), 200, daar.statusCode());
        assertEquals(versie1, json(daar));

        JsonNode versie2 = json(post(pad, AMBTENAAR, PARTNER.replace("partner", "adviseur").replace("\"geld\",", "\"advies\",")));
        assertEquals(2, versie2.get("versie").asInt());
        JsonNode alles = ok(get(pad, INWONER, "demo"));
        assertEquals(versie2, alles.get("huidige"));
        assertEquals(2, alles.get("versies").size());
        assertEquals(versie1, alles.at("/versies/0"));
        assertEquals("[\"advies\",\"plek\"]", alles.at("/huidige/bijdragen").toString());
        assertEquals(alles, ok(get(pad, AMBTENAAR, "demo")));
        assertEquals(versie1, ok(get(pad + "/1", AMBTENAAR, "demo")));
    }

    @Test
    public void foutenRollenEnAndereGemeentenKrijgenEenProbleemEnNietsWordtBewaard() {
        String id = aanvraag("Buurtkeuken API");
        String pad = GM0222 + "/initiatieven/" + id + "/overheidsparticipatie";

        JsonNode ongeldig = assertProblem(post(pad, AMBTENAAR, "{\"rol\":\"baas\",\"bijdragen\":[],\"toelichting\":\"\"}"), 400);
        String velden = ongeldig.get("invalidParams").toString();
        assertTrue(velden, velden.contains("\"rol\"") && velden.contains("'baas' is geen van partner, adviseur, ondersteuner"));
        assertProblem(post(pad, AMBTENAAR, PARTNER.replace("\"plek\"", "\"koffie\"")), 400);
        assertProblem(post(pad, AMBTENAAR, PARTNER.replace("Anna de Wit", "")), 400);
        assertProblem(post(pad, AMBTENAAR, ""), 400);
        assertProblem(post(pad, null, PARTNER), 401);
        assertProblem(post(pad, INWONER, PARTNER), 403);
        assertProblem(post(pad, "ambtenaar-denhaag", PARTNER), 403);
        assertProblem(post("/gemeenten/GM0518/initiatieven/" + id + "/overheidsparticipatie", "ambtenaar-denhaag", PARTNER), 404);
        assertProblem(get("/gemeenten/GM0518/initiatieven/" + id + "/overheidsparticipatie", "ambtenaar-denhaag", "demo"), 404);
        assertProblem(get(pad, "inwoner-denhaag", "demo"), 404);
        assertProblem(get(pad), 404);
        assertProblem(get(pad + "/1", AMBTENAAR, "demo"), 404);
        assertProblem(get(GM0222 + "/initiatieven/onbekend/overheidsparticipatie", AMBTENAAR, "demo"), 404);
        assertProblem(post(GM0222 + "/initiatieven/onbekend/overheidsparticipatie", AMBTENAAR, PARTNER), 404);

        // only a residents' initiative: a participatietraject of the gemeente itself has no overheidsparticipatie
        String traject = json(post(GM0222 + "/participatietrajecten", AMBTENAAR, "{\"titel\":\"Traject API\",\"omschrijving\":"
                + "\"x\",\"niveau\":\"adviseren\",\"beleidsterrein\":\"jeugd\"}")).get("id").asText();
        assertProblem(post(GM0222 + "/initiatieven/" + traject + "/overheidsparticipatie", AMBTENAAR, PARTNER), 404);
        assertProblem(get(GM0222 + "/initiatieven/" + traject + "/overheidsparticipatie", AMBTENAAR, "demo"), 404);

        JsonNode niets = ok(get(pad, AMBTENAAR, "demo"));
        assertFalse("nothing stored: " + niets, niets.has("huidige"));
        assertEquals(0, niets.get("versies").size());
    }

    private String aanvraag(String titel) {
        HttpResponse<String> aanvraag = post(GM0222 + "/subsidieaanvragen", INWONER, "{\"regeling\":\"bewonersinitiatief\","
                + "\"titel\":\"" + titel + "\",\"omschrijving\":\"Voor de hele straat\",\"activiteitOp\":\"" + VANDAAG.plusWeeks(10)
                + "\",\"gevraagd\":\"300.00\",\"schaal\":\"straat\",\"leeftijdAanvrager\":42,\"leeftijdenOndersteuners\":[],"
                + "\"kenmerken\":[\"openbaar_toegankelijk\"]}");
        assertEquals(aanvraag.body(), 201, aanvraag.statusCode());
        return json(aanvraag).get("id").asText();
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return json(response);
    }
}
