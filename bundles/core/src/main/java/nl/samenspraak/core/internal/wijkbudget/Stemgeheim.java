package nl.samenspraak.core.internal.wijkbudget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key of the keyed hashes under which voting codes, voters and ballots are stored (HMAC-SHA256). It lives
 * in {@code etc/nl.samenspraak.stemgeheim.cfg} (owner-only, read into Config Admin by fileinstall; see
 * {@link Sleutelbestand}), not in the database: a copy of the database alone links no code to its hash.
 * Generated once, when first needed; a hosting provider backs it up with the database and never hands it to a
 * gemeente. Losing it invalidates the codes of rounds still voting.
 */
@Component(service = Stemgeheim.class, configurationPid = Stemgeheim.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class Stemgeheim {

    static final String PID = "nl.samenspraak.stemgeheim";
    static final String SLEUTEL = "sleutel";

    private static final Logger LOG = LoggerFactory.getLogger(Stemgeheim.class);

    private final byte[] sleutel;

    /** One keyed Mac per thread (a Mac is not thread-safe), so a hash is not a provider lookup and key setup. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::nieuweMac);

    @Activate
    public Stemgeheim(@Reference ConfigurationAdmin configAdmin, Map<String, Object> config) {
        this(sleutel(configAdmin, config));
    }

    Stemgeheim(byte[] sleutel) {
        if (sleutel.length < 32) {
            throw new IllegalArgumentException("the key of " + PID + " must hold at least 32 bytes");
        }
        this.sleutel = sleutel.clone();
    }

    /**
     * Fileinstall reads the key file into Config Admin a moment after this component wrote it (or moved it from
     * Config Admin's store); without this method every such update reactivated the component and, through static
     * references, the API's resources in the middle of requests. The key stays what it was at activation: one
     * changed on a running node takes effect at the next start.
     */
    @Modified
    void modified(Map<String, Object> config) {
        Object nieuw = config.get(SLEUTEL);
        if (nieuw != null && !java.util.Arrays.equals(sleutel, Base64.getDecoder().decode(nieuw.toString().strip()))) {
            LOG.warn("The key for voting codes ({}) changed while running; this node keeps its key until it restarts", PID);
        }
    }

    /** Hex HMAC-SHA256 of the parts, each length-prefixed so that no two different lists hash alike. */
    public String hash(String... delen) {
        Mac mac = macs.get();
        for (String deel : delen) {
            byte[] bytes = deel.getBytes(StandardCharsets.UTF_8);
            mac.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            mac.update(bytes);
        }
        // doFinal resets the Mac to its key, ready for this thread's next hash
        return java.util.HexFormat.of().formatHex(mac.doFinal());
    }

    /** A fresh keyed Mac: looking up the provider and setting the key cost more than the hash of a short code. */
    private Mac nieuweMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    private static byte[] sleutel(ConfigurationAdmin configAdmin, Map<String, Object> config) {
        String etc = System.getProperty("karaf.etc");
        return sleutel(configAdmin, config, etc == null ? null : new Sleutelbestand(Path.of(etc)));
    }

    /**
     * The key Config Admin has, else the one in {@code etc/}, else a new one. With {@code etc/} known the key
     * is always in its file there: fileinstall reads it into Config Admin, and a key that only Config Admin
     * held (written by a version before this one, in {@code data/cache}) is copied to it.
     */
    static byte[] sleutel(ConfigurationAdmin configAdmin, Map<String, Object> config, Sleutelbestand bestand) {
        Object bestaand = config.get(SLEUTEL);
        if (bestaand != null) {
            byte[] sleutel = Base64.getDecoder().decode(bestaand.toString().strip());
            if (bestand != null && bestand.lees().isEmpty()) {
                bestand.bewaar(sleutel);
                LOG.info("Wrote the key for voting codes, until now only in Config Admin's store, to {}; back it up"
                        + " with the database", bestand.pad());
            }
            return sleutel;
        }
        if (bestand != null) {
            Optional<byte[]> inBestand = bestand.lees();
            if (inBestand.isPresent()) {
                return inBestand.get();
            }
        }
        byte[] nieuw = new byte[32];
        new SecureRandom().nextBytes(nieuw);
        if (bestand != null) {
            byte[] sleutel = bestand.bewaar(nieuw);
            LOG.info("Generated the key for voting codes in {}; back it up with the database", bestand.pad());
            return sleutel;
        }
        try {
            Configuration configuration = configAdmin.getConfiguration(PID, "?");
            Dictionary<String, Object> properties = configuration.getProperties() == null ? new Hashtable<>()
                    : configuration.getProperties();
            properties.put(SLEUTEL, Base64.getEncoder().encodeToString(nieuw));
            configuration.update(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the new key of " + PID, e);
        }
        LOG.info("Generated the key for voting codes ({}); back it up with the database", PID);
        return nieuw;
    }
}
