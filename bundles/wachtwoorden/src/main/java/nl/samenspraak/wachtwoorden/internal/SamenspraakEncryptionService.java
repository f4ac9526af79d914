package nl.samenspraak.wachtwoorden.internal;

import java.util.Map;

import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;
import org.osgi.service.component.annotations.Component;

/**
 * Offers {@link Wachtwoordhashes} to Karaf's JAAS realms as the encryption service named {@code samenspraak}
 * ({@code encryption.name = samenspraak} in {@code etc/org.apache.karaf.jaas.cfg}). Karaf looks the service up
 * by that name at each login module's first use, so this bundle starts with Karaf's own JAAS bundles.
 */
@Component(property = "name=" + SamenspraakEncryptionService.NAME)
public class SamenspraakEncryptionService implements EncryptionService {

    static final String NAME = "samenspraak";

    @Override
    public Encryption createEncryption(Map<String, String> options) throws IllegalArgumentException {
        return Wachtwoordhashes.from(options);
    }
}
