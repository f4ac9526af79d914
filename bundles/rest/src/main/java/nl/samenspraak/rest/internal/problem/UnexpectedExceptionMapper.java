package nl.samenspraak.rest.internal.problem;

import java.util.UUID;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import nl.samenspraak.rest.internal.ApiProvider;

/**
 * The last line: malformed JSON is the client's fault (400, see {@link JsonFouten}); anything else is logged with
 * an id and answered with that id only, never with a stack trace.
 */
@Component
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable>, ApiProvider {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        if (JsonFouten.vanDeClient(exception)) {
            return Problems.response(JsonFouten.problem((JsonProcessingException) exception)).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Unexpected error, incident {}", incident, exception);
        return Problems.response(500, "Er ging iets mis aan onze kant. Vermeld bij contact: incident " + incident);
    }
}
