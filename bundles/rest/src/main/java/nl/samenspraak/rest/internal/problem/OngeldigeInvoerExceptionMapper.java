package nl.samenspraak.rest.internal.problem;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.rest.internal.ApiProvider;

/**
 * Input a domain service refused: 400 with every field that does not comply in {@code invalidParams}, under
 * the name the JSON request used for it.
 */
@Component
public class OngeldigeInvoerExceptionMapper implements ExceptionMapper<OngeldigeInvoerException>, ApiProvider {

    @Override
    public Response toResponse(OngeldigeInvoerException exception) {
        return Problems.response(Problems.invalid(exception)).build();
    }
}
