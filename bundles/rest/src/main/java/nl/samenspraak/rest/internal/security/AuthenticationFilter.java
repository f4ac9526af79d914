package nl.samenspraak.rest.internal.security;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.rest.internal.ApiProvider;
import nl.samenspraak.rest.internal.problem.Problems;

/**
 * Authenticates a request that carries an {@code Authorization} header and leaves others anonymous: public
 * resources stay public, and {@link Toegang} answers 401 or 403 where a role is needed. Wrong credentials
 * are refused at once with 401; too many wrong ones from one address or for one user name with 429 and
 * {@code Retry-After}, without the password being checked.
 */
@Priority(Priorities.AUTHENTICATION)
@Component
public class AuthenticationFilter implements ContainerRequestFilter, ApiProvider {

    @Reference
    private Toegang toegang;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        Authenticator authenticator = toegang.authenticator(scheme).orElse(null);
        if (authenticator == null) {
            request.abortWith(toegang.unauthorized("Aanmeldschema '" + scheme + "' wordt niet ondersteund"));
            return;
        }
        try {
            Gebruiker gebruiker = authenticator.authenticate(space < 0 ? "" : header.substring(space + 1), Clientadres.van());
            boolean secure = "https".equals(request.getUriInfo().getRequestUri().getScheme().toLowerCase(Locale.ROOT));
            request.setSecurityContext(new GebruikerSecurityContext(gebruiker, secure, authenticator.scheme()));
        } catch (AuthenticationFailedException e) {
            request.abortWith(e.wachttijd().map(wacht -> Problems.response(Problems.problem(429, e.getMessage(), List.of()))
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, (wacht.toMillis() + 999) / 1000)).build())
                    .orElseGet(() -> toegang.unauthorized(e.getMessage())));
        }
    }

    /** Carries the {@link Gebruiker} to the resources. */
    record GebruikerSecurityContext(Gebruiker gebruiker, boolean isSecure, String getAuthenticationScheme)
            implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return gebruiker::naam;
        }

        @Override
        public boolean isUserInRole(String role) {
            return gebruiker.rollen().contains(role);
        }
    }
}
