package nl.samenspraak.rest.internal.problem;

import java.util.List;
import java.util.UUID;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import nl.samenspraak.rest.internal.ApiProvider;

/**
 * The last line: malformed JSON is the client's fault (400); anything else is logged with an id and answered
 * with that id only, never with a stack trace.
 */
@Component
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable>, ApiProvider {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return Problems.response(Problems.problem(400, "Onbekend veld in de JSON",
                    List.of(new Problem.InvalidParam(unknown.getPropertyName(), "onbekend veld")))).build();
        }
        if (exception instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .map(name -> name == null ? "[]" : name).reduce((a, b) -> a + "." + b).orElse("");
            return Problems.response(Problems.problem(400, "Een veld heeft het verkeerde JSON-type",
                    List.of(new Problem.InvalidParam(field, "verkeerd JSON-type; bedragen en datums zijn tekst, "
                            + "bijvoorbeeld \"1500.00\" en \"2025-01-31\"")))).build();
        }
        if (exception instanceof JsonProcessingException json) {
            return Problems.response(400, "De JSON in het verzoek is ongeldig: " + json.getOriginalMessage());
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Unexpected error, incident {}", incident, exception);
        return Problems.response(500, "Er ging iets mis aan onze kant. Vermeld bij contact: incident " + incident);
    }
}
