package nl.samenspraak.rest.internal.security;

import nl.samenspraak.api.security.Gebruiker;

/**
 * Verifies the credentials of one HTTP authentication scheme. HTTP Basic against a JAAS realm is the first;
 * a bearer-token authenticator for DigiD/OIDC plugs in as another component of this type.
 */
public interface Authenticator {

    /** The scheme of the {@code Authorization} header this handles, e.g. {@code Basic}. */
    String scheme();

    /** The {@code WWW-Authenticate} challenge sent with a 401. */
    String challenge();

    /**
     * @param credentials the {@code Authorization} header after the scheme
     * @param clientadres the address the request came from, for slowing down guessing and the security log
     * @throws AuthenticationFailedException when the credentials are malformed or wrong, or must wait
     */
    Gebruiker authenticate(String credentials, String clientadres) throws AuthenticationFailedException;
}
