package nl.samenspraak.rest.internal.problem;

import java.io.EOFException;
import java.util.UUID;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import nl.samenspraak.rest.internal.ApiProvider;

/**
 * The last line: malformed JSON is the client's fault (400, see {@link JsonFouten}), and so is a connection the client
 * broke off; anything else is logged with an id and answered with that id only, never with a stack trace.
 */
@Component
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable>, ApiProvider {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        if (JsonFouten.vanDeClient(exception)) {
            return Problems.response(JsonFouten.problem((JsonProcessingException) exception)).build();
        }
        if (verbindingVerbroken(exception)) {
            // not an incident: nothing on our side went wrong, and an ERROR here would wake whoever watches the log
            LOG.info("The client broke off the connection before its request or our answer was complete: {}",
                    exception.toString());
            return Problems.response(400, "De verbinding werd verbroken voordat het verzoek of het antwoord compleet was");
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Unexpected error, incident {}", incident, exception);
        return Problems.response(500, "Er ging iets mis aan onze kant. Vermeld bij contact: incident " + incident);
    }

    /** Jetty reports a client that went away, while it sent its body or while we answered, as an EOFException. */
    static boolean verbindingVerbroken(Throwable exception) {
        for (Throwable oorzaak = exception; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof EOFException) {
                return true;
            }
        }
        return false;
    }
}
