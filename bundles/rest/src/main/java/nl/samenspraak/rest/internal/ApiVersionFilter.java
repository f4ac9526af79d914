package nl.samenspraak.rest.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

import org.osgi.service.component.annotations.Component;

/**
 * NL API Design Rules (API-57): every response carries the full API version.
 */
@Component
public class ApiVersionFilter implements ContainerResponseFilter, ApiProvider {

    public static final String HEADER = "API-Version";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, ApiServer.API_VERSION);
    }
}
