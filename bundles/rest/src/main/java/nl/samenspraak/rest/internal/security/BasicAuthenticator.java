package nl.samenspraak.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.security.AanmeldenMisluktException;
import nl.samenspraak.api.security.TeVeelPogingenException;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Wachtwoordcontrole;

/**
 * HTTP Basic: decodes the header and leaves the password check (realm, remembered logins) to the platform's
 * {@link Wachtwoordcontrole}, which the sign-in page uses too.
 */
@Component
public class BasicAuthenticator implements Authenticator {

    @Reference
    private Wachtwoordcontrole wachtwoordcontrole;

    @Override
    public String scheme() {
        return "Basic";
    }

    @Override
    public String challenge() {
        return "Basic realm=\"Samenspraak\", charset=\"UTF-8\"";
    }

    @Override
    public Gebruiker authenticate(String credentials, String clientadres) throws AuthenticationFailedException {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AuthenticationFailedException("De Basic-gegevens zijn geen geldige base64");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new AuthenticationFailedException("De Basic-gegevens missen 'gebruikersnaam:wachtwoord'");
        }
        try {
            return wachtwoordcontrole.controleer(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(),
                    clientadres);
        } catch (TeVeelPogingenException e) {
            throw new AuthenticationFailedException(e.getMessage(), e.wachttijd());
        } catch (AanmeldenMisluktException e) {
            throw new AuthenticationFailedException(e.getMessage());
        }
    }
}
