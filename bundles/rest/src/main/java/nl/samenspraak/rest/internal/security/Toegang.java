package nl.samenspraak.rest.internal.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.rest.internal.security.AuthenticationFilter.GebruikerSecurityContext;
import nl.samenspraak.rest.internal.problem.ProblemException;
import nl.samenspraak.rest.internal.problem.Problems;

/**
 * Access decisions for resources: 401 (with a challenge per available authentication scheme) when nobody is
 * signed in, 403 when the user lacks the role for this gemeente.
 */
@Component(service = Toegang.class)
public class Toegang {

    private final List<Authenticator> authenticators = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC)
    void addAuthenticator(Authenticator authenticator) {
        authenticators.add(authenticator);
    }

    void removeAuthenticator(Authenticator authenticator) {
        authenticators.remove(authenticator);
    }

    Optional<Authenticator> authenticator(String scheme) {
        return authenticators.stream().filter(a -> a.scheme().equalsIgnoreCase(scheme)).findFirst();
    }

    /** The signed-in user, if any: for resources that anyone may read and signed-in users see more of. */
    public Optional<Gebruiker> aangemeld(SecurityContext context) {
        return context instanceof GebruikerSecurityContext signedIn ? Optional.of(signedIn.gebruiker()) : Optional.empty();
    }

    /** The signed-in user; 401 when there is none. */
    public Gebruiker gebruiker(SecurityContext context) {
        if (context instanceof GebruikerSecurityContext signedIn) {
            return signedIn.gebruiker();
        }
        throw new WebApplicationException("Voor deze resource is aanmelden nodig",
                unauthorized("Voor deze resource is aanmelden nodig"));
    }

    /** The signed-in user holding {@code rol} for this gemeente (a beheerder always does); 401 or 403 otherwise. */
    public Gebruiker vereis(SecurityContext context, Rol rol, String gemeenteCode) {
        Gebruiker gebruiker = gebruiker(context);
        if (!gebruiker.heeft(rol, gemeenteCode)) {
            throw new ProblemException(403, "Hiervoor is de rol " + rol.voor(gemeenteCode) + " nodig");
        }
        return gebruiker;
    }

    /** The signed-in user holding one of {@code rollen} for this gemeente (a beheerder always does); 401 or 403 otherwise. */
    public Gebruiker vereisEenVan(SecurityContext context, Set<Rol> rollen, String gemeenteCode) {
        Gebruiker gebruiker = gebruiker(context);
        if (rollen.stream().noneMatch(rol -> gebruiker.heeft(rol, gemeenteCode))) {
            throw new ProblemException(403, "Hiervoor is een van de rollen " + rollen.stream().map(r -> r.voor(gemeenteCode))
                    .sorted().collect(Collectors.joining(", ")) + " nodig");
        }
        return gebruiker;
    }

    Response unauthorized(String detail) {
        Response.ResponseBuilder response = Problems.response(Problems.problem(401, detail, List.of()));
        authenticators.forEach(a -> response.header(HttpHeaders.WWW_AUTHENTICATE, a.challenge()));
        return response.build();
    }
}
