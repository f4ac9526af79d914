package nl.samenspraak.rest.internal.problem;

import java.util.List;
import java.util.Map;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.rest.internal.ApiProvider;

/**
 * Turns the JAX-RS runtime's own errors (unknown path, wrong method, unacceptable media type) into problems,
 * keeping the headers they carry, such as {@code Allow} on a 405 and {@code WWW-Authenticate} on a 401.
 */
@Component
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException>, ApiProvider {

    private static final Map<Integer, String> DEFAULT_DETAILS = Map.of(
            404, "Deze resource bestaat niet",
            405, "Deze resource ondersteunt deze HTTP-methode niet; zie de header Allow",
            406, "Deze resource levert alleen application/json",
            415, "Deze resource accepteert alleen application/json");

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        String detail = detail(exception, status);
        Response.ResponseBuilder builder = Problems.response(Problems.problem(status, detail, List.of()));
        original.getStringHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private static String detail(WebApplicationException exception, int status) {
        String message = exception.getMessage();
        // the runtime's own messages are just "HTTP 404 Not Found"; ours are sentences
        if (message == null || message.startsWith("HTTP ")) {
            return DEFAULT_DETAILS.getOrDefault(status, "Het verzoek kon niet worden verwerkt");
        }
        return message;
    }
}
