package nl.samenspraak.rest.internal;

import java.util.List;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;

/**
 * Where an answer names the allowed methods (a 405, an OPTIONS request), it names only those the path has.
 * Made by {@link ApiServer} for the resources it publishes.
 */
final class AllowFilter implements ContainerResponseFilter {

    private final ToegestaneMethoden methoden;

    AllowFilter(List<Class<?>> resourceClasses) {
        this.methoden = new ToegestaneMethoden(resourceClasses);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            methoden.voor(request.getUriInfo().getPath()).ifPresent(
                    toegestaan -> response.getHeaders().putSingle(HttpHeaders.ALLOW, String.join(", ", toegestaan)));
        }
    }
}
