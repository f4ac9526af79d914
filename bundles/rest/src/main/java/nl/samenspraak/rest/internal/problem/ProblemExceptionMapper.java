package nl.samenspraak.rest.internal.problem;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.rest.internal.ApiProvider;

@Component
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException>, ApiProvider {

    @Override
    public Response toResponse(ProblemException exception) {
        return Problems.response(exception.problem()).build();
    }
}
