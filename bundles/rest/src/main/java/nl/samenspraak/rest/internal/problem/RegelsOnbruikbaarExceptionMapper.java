package nl.samenspraak.rest.internal.problem;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.rest.internal.ApiProvider;
import nl.samenspraak.rules.RegelsOnbruikbaarException;

/**
 * A gemeente's rules gave no usable answer (they threw, answered nonsense or hung): 503 for this request only,
 * naming the gemeente, the rules bundle and its version and what went wrong, so the gemeente knows whom to
 * call. The platform logged the cause; the answer never carries a stack trace.
 */
@Component
public class RegelsOnbruikbaarExceptionMapper implements ExceptionMapper<RegelsOnbruikbaarException>, ApiProvider {

    static final String TYPE = Problem.TYPE_BASE + "regels-onbruikbaar";

    @Override
    public Response toResponse(RegelsOnbruikbaarException exception) {
        return Problems.response(new Problem(TYPE, "Regels van de gemeente onbruikbaar", 503,
                exception.getMessage() + ". Er is niets besloten; probeer het later opnieuw.", null, null)).build();
    }
}
