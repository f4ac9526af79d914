package nl.samenspraak.rest.internal;

import javax.ws.rs.NotFoundException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

import org.osgi.service.component.annotations.Component;

/**
 * NL API Design Rules (API-48): a path with a trailing slash is a different, unknown resource. JAX-RS would
 * match it to the resource without the slash; this answers 404 instead, never a redirect.
 */
@PreMatching
@Component
public class TrailingSlashFilter implements ContainerRequestFilter, ApiProvider {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getRequestUri().getRawPath().endsWith("/")) {
            throw new NotFoundException("Een pad eindigt nooit op een schuine streep");
        }
    }
}
