package nl.samenspraak.rest.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.rest.internal.problem.ProblemException;

/**
 * A body without a {@code Content-Type} is a client's mistake: 415 before matching. Left to CXF, it reads the
 * body as {@code application/octet-stream}, finds no reader for it and logs an ERROR for every such request.
 */
@PreMatching
@Component
public class VerzoekZonderMediatypeFilter implements ContainerRequestFilter, ApiProvider {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null && request.hasEntity()) {
            throw new ProblemException(415, "Een verzoek met een body noemt zijn mediatype: Content-Type: application/json");
        }
    }
}
