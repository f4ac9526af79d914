package nl.samenspraak.rest.internal.problem;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A body Jackson cannot read is answered in the client's terms, never with Jackson's message or our class names. */
public class JsonFoutenTest {

    public record Verzoek(String naam, Integer leeftijd, List<String> kenmerken) {
    }

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    public void anArrayOrStringInsteadOfAnObjectNamesNoClass() {
        for (String body : List.of("[1,2]", "\"x\"", "12")) {
            Problem problem = problem(body);
            assertEquals(400, problem.status());
            assertEquals("De body moet één JSON-object zijn", problem.detail());
        }
    }

    @Test
    public void aNumberOutOfRangeNamesTheFieldNotTheParser() {
        Problem problem = problem("{\"leeftijd\":99999999999999999999}");
        assertEquals("leeftijd", problem.invalidParams().get(0).name());
        assertEquals("getal buiten het bereik van dit veld", problem.invalidParams().get(0).reason());
        assertEquals("leeftijd", problem("{\"leeftijd\":1e400}").invalidParams().get(0).name());
    }

    @Test
    public void brokenJsonSaysWhereNotWhatTheParserThought() {
        Problem problem = problem("{\"naam\":");
        assertTrue(problem.detail(), problem.detail().startsWith("De JSON in het verzoek is ongeldig (regel 1, kolom "));
    }

    @Test
    public void wrongTypesAndUnknownFieldsNameTheField() {
        assertEquals("kenmerken[]", problem("{\"kenmerken\":[[1]]}").invalidParams().get(0).name());
        assertEquals("onbekend", problem("{\"onbekend\":1}").invalidParams().get(0).name());
    }

    @Test
    public void noAnswerMentionsJavaOrJackson() {
        for (String body : List.of("[1]", "\"x\"", "{\"leeftijd\":\"x\"}", "{\"leeftijd\":1e400}", "{\"naam\":", "{,}",
                "{\"kenmerken\":{}}", "nul")) {
            Problem problem = problem(body);
            String text = problem.toString();
            for (String intern : List.of("nl.samenspraak", "Verzoek", "java.", "token", "Cannot", "JsonToken", "`")) {
                assertFalse(body + " -> " + text, text.contains(intern));
            }
        }
    }

    private Problem problem(String body) {
        try {
            json.readValue(body, Verzoek.class);
        } catch (JsonProcessingException e) {
            assertTrue(JsonFouten.vanDeClient(e));
            return JsonFouten.problem(e);
        }
        fail("read " + body);
        return null;
    }
}
