package nl.samenspraak.api.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks a user name and password against the platform's user realm and answers who that is. The API's
 * HTTP Basic login and the sign-in page both use it, so both see the same users, roles and remembered logins.
 */
@ProviderType
public interface Wachtwoordcontrole {

    /**
     * @throws AanmeldenMisluktException when the user is unknown or the password is wrong (never saying which)
     */
    Gebruiker controleer(String gebruikersnaam, char[] wachtwoord) throws AanmeldenMisluktException;

    /**
     * As {@link #controleer(String, char[])}, for a request from this client address, so that failed attempts
     * from one address are slowed down too, and the security log says where an attempt came from.
     *
     * @throws TeVeelPogingenException when this user name or address has failed too often just now; the password
     *             was not checked
     * @since 1.3
     */
    default Gebruiker controleer(String gebruikersnaam, char[] wachtwoord, String clientadres)
            throws AanmeldenMisluktException {
        return controleer(gebruikersnaam, wachtwoord);
    }
}
