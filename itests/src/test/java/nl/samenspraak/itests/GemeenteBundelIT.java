package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 's-Gravenhage's own rules, installed as Karaf installs any feature while the platform runs: its decisions
 * cite its own articles, and its two ordinances (inspraakverordening until 2024, participatieverordening from
 * 2025) each judge what falls in their period.
 */
public class GemeenteBundelIT extends SamenspraakTestSupport {

    private static final String GM0518 = "/gemeenten/GM0518";
    private static final String AMBTENAAR = "ambtenaar-denhaag";
    private static final String BUNDEL = "nl.samenspraak.gemeente-denhaag";

    @Inject
    protected FeaturesService features;

    @Test
    public void denHaagsRulesDecideWithTheirOwnArticlesAndTheVersionOfTheDay() throws Exception {
        assertProblem(post(GM0518 + "/subsidieregelingen/bewonersinitiatief/beoordelingen", null, toets("750.00", "straat")), 503);
        features.installFeature("samenspraak-gemeente-denhaag", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        awaitNothingMissing("Den Haag's rules answer", Duration.ofSeconds(60), () -> {
            HttpResponse<String> regeling = get(GM0518 + "/subsidieregelingen/bewonersinitiatief");
            return regeling.statusCode() == 200 ? "" : regeling.statusCode() + " " + regeling.body();
        });

        Set<String> titels = new HashSet<>();
        json(get(GM0518 + "/regels")).get("regels").forEach(r -> {
            assertEquals(BUNDEL, r.get("bundel").asText());
            titels.add(r.get("titel").asText());
        });
        assertTrue(titels.toString(), titels.containsAll(Set.of("Inspraakverordening Den Haag", "Participatieverordening Den Haag",
                "Subsidieregeling bewonersinitiatieven Den Haag")));

        JsonNode straat = json(post(GM0518 + "/subsidieregelingen/bewonersinitiatief/beoordelingen", null, toets("750.00", "straat")));
        assertEquals(straat.toString(), "toegekend", straat.get("uitkomst").asText());
        JsonNode teVeel = json(post(GM0518 + "/subsidieregelingen/bewonersinitiatief/beoordelingen", null, toets("750.01", "straat")));
        assertEquals("afgewezen", teVeel.get("uitkomst").asText());
        assertTrue(teVeel.toString(), teVeel.at("/redenen/0/artikel").asText().contains("Subsidieregeling bewonersinitiatieven Den Haag"));
        assertEquals("toegekend", json(post(GM0518 + "/subsidieregelingen/bewonersinitiatief/beoordelingen", null,
                toets("1500.00", "buurt"))).get("uitkomst").asText());

        JsonNode oud = json(assertCreated(post(GM0518 + "/inspraak", AMBTENAAR, inspraak("2024-11-04"))));
        JsonNode nieuw = json(assertCreated(post(GM0518 + "/inspraak", AMBTENAAR, inspraak("2025-02-03"))));
        assertEquals("ingezetenen_en_belanghebbenden", oud.at("/inspraak/inspraakrecht").asText());
        assertEquals("iedereen", nieuw.at("/inspraak/inspraakrecht").asText());
        assertEquals("12 weeks after the term under the inspraakverordening", "2025-03-09", oud.at("/inspraak/reactienotaTot").asText());
        assertEquals("8 weeks after the term under the participatieverordening", "2025-05-11",
                nieuw.at("/inspraak/reactienotaTot").asText());

        String budget = json(assertCreated(post(GM0518 + "/budgetten", AMBTENAAR, "{\"naam\":\"Bewonersinitiatieven\","
                + "\"regeling\":\"bewonersinitiatief\",\"van\":\"" + LocalDate.now().withDayOfYear(1) + "\",\"tot\":\""
                + LocalDate.now().withDayOfYear(1).plusYears(1).minusDays(1) + "\",\"plafond\":\"5000.00\"}"))).get("id").asText();
        String aanvraag = json(assertCreated(post(GM0518 + "/subsidieaanvragen", "inwoner-denhaag", aanvraag()))).get("id").asText();
        HttpResponse<String> besluit = post(GM0518 + "/subsidieaanvragen/" + aanvraag + "/besluit", AMBTENAAR,
                "{\"budgetId\":\"" + budget + "\"}");
        assertEquals(besluit.body(), 200, besluit.statusCode());
        JsonNode b = json(besluit);
        assertEquals(BUNDEL, b.at("/regels/bundel").asText());
        assertEquals("Subsidieregeling bewonersinitiatieven Den Haag", b.at("/regels/titel").asText());
        assertTrue(b.toString(), b.at("/redenen/0/artikel").asText().startsWith("art. "));
    }

    /** In the year of application (art. 6 of the Haagse regeling), a few weeks ahead where the year allows. */
    private static LocalDate activiteit() {
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        return vandaag.plusWeeks(6).getYear() == vandaag.getYear() ? vandaag.plusWeeks(6) : vandaag;
    }

    private static String toets(String bedrag, String schaal) {
        return "{\"activiteitOp\":\"" + activiteit() + "\",\"gevraagd\":\"" + bedrag + "\",\"schaal\":\"" + schaal
                + "\",\"wijk\":\"WK051836\",\"leeftijdAanvrager\":40,\"kenmerken\":[\"openbaar_toegankelijk\",\"past_in_wijkagenda\","
                + "\"uitgevoerd_in_aanvraagjaar\"]}";
    }

    private static String aanvraag() {
        LocalDate activiteit = activiteit();
        return "{\"regeling\":\"bewonersinitiatief\",\"titel\":\"Straatfeest Moerwijk\",\"omschrijving\":\"Voor de straat\","
                + "\"activiteitOp\":\"" + activiteit + "\",\"gevraagd\":\"500.00\",\"schaal\":\"straat\",\"wijk\":\"WK051836\","
                + "\"leeftijdAanvrager\":40,\"kenmerken\":[\"openbaar_toegankelijk\",\"past_in_wijkagenda\",\"uitgevoerd_in_aanvraagjaar\"]}";
    }

    private static String inspraak(String vanaf) {
        return "{\"titel\":\"Ontwerp\",\"omschrijving\":\"Ontwerpbesluit\",\"besluitsoort\":\"beleidsnota\",\"onderwerp\":\"overig\","
                + "\"terInzageVanaf\":\"" + vanaf + "\"}";
    }

    private static HttpResponse<String> assertCreated(HttpResponse<String> response) {
        assertEquals(response.body(), 201, response.statusCode());
        return response;
    }
}
