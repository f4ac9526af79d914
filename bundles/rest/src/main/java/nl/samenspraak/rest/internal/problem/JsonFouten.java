package nl.samenspraak.rest.internal.problem;

import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A request body Jackson could not read, as a 400 in the client's terms: the field and what is wrong with it,
 * or where the JSON breaks off. Jackson's own messages name our Java classes and its parser's tokens, so they
 * never reach the answer.
 */
final class JsonFouten {

    static final String WERKWIJZE = "bedragen en datums zijn tekst, bijvoorbeeld \"1500.00\" en \"2025-01-31\"";

    private JsonFouten() {
    }

    /** Whether the fault is the request's; an {@link InvalidDefinitionException} is ours (an incident). */
    static boolean vanDeClient(Throwable fout) {
        return fout instanceof JsonProcessingException && !(fout instanceof InvalidDefinitionException);
    }

    static Problem problem(JsonProcessingException fout) {
        if (fout instanceof UnrecognizedPropertyException onbekend) {
            return veld(onbekend.getPropertyName(), "onbekend veld", "Onbekend veld in de JSON");
        }
        if (fout instanceof JsonMappingException mapping) {
            String pad = pad(mapping);
            if (pad.isEmpty()) {
                return Problems.problem(400, "De body moet één JSON-object zijn", List.of());
            }
            return mapping.getCause() instanceof InputCoercionException
                    ? veld(pad, "getal buiten het bereik van dit veld", "Een getal is te groot of te klein")
                    : veld(pad, "verkeerd JSON-type of ongeldige waarde; " + WERKWIJZE, "Een veld heeft het verkeerde JSON-type");
        }
        String veld = huidigVeld(fout);
        if (fout instanceof InputCoercionException && veld != null) {
            return veld(veld, "getal buiten het bereik van dit veld", "Een getal is te groot of te klein");
        }
        JsonLocation plek = fout.getLocation();
        String waar = plek == null || plek.getLineNr() < 0 ? ""
                : " (regel " + plek.getLineNr() + ", kolom " + plek.getColumnNr() + ")";
        return Problems.problem(400, "De JSON in het verzoek is ongeldig" + waar, List.of());
    }

    private static Problem veld(String naam, String reden, String detail) {
        return Problems.problem(400, detail, List.of(new Problem.InvalidParam(naam, reden)));
    }

    /** The field path in the request, e.g. {@code planning.stemmen} or {@code stemmen[]}. */
    static String pad(JsonMappingException fout) {
        StringBuilder pad = new StringBuilder();
        for (JsonMappingException.Reference stap : fout.getPath()) {
            if (stap.getFieldName() != null) {
                pad.append(pad.length() == 0 ? "" : ".").append(stap.getFieldName());
            } else {
                pad.append("[]");
            }
        }
        return pad.toString();
    }

    private static String huidigVeld(JsonProcessingException fout) {
        if (fout.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            return parser.getParsingContext().getCurrentName();
        }
        return null;
    }
}
