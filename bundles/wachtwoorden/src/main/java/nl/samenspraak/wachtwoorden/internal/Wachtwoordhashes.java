package nl.samenspraak.wachtwoorden.internal;

import java.util.Map;

import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;
import org.apache.karaf.jaas.modules.encryption.BasicEncryption;

/**
 * What a realm with {@code encryption.name = samenspraak} hashes and checks passwords with. A new or changed
 * password becomes a salted {@link Pbkdf2Hash}; a hash of the plain digest Karaf's {@code basic} encryption made
 * before (unsalted, fast: SHA-512 in hex by default) is still accepted, checked by that same Karaf class, until
 * the password changes. Karaf's {@code spring-security-crypto} encryption is salted and slow too, but checks
 * nothing else, so every existing user would be locked out at the upgrade.
 */
final class Wachtwoordhashes implements Encryption {

    static final int DEFAULT_ITERATIONS = 600_000;
    static final String ITERATIONS = "iterations";
    static final String LEGACY_ALGORITHM = "legacy.algorithm";
    static final String LEGACY_ENCODING = "legacy.encoding";

    private final int iterations;
    private final Encryption legacy;

    private Wachtwoordhashes(int iterations, Encryption legacy) {
        this.iterations = iterations;
        this.legacy = legacy;
    }

    /** From the realm's {@code encryption.*} options without that prefix, as Karaf hands them to a service. */
    static Wachtwoordhashes from(Map<String, String> options) {
        int iterations = DEFAULT_ITERATIONS;
        String configured = options.get(ITERATIONS);
        if (configured != null && !configured.isBlank()) {
            try {
                iterations = Integer.parseInt(configured.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("encryption.iterations is no whole number: " + configured);
            }
        }
        if (iterations < Pbkdf2Hash.MIN_ITERATIONS) {
            throw new IllegalArgumentException("encryption.iterations must be at least " + Pbkdf2Hash.MIN_ITERATIONS
                    + ", not " + iterations);
        }
        String algorithm = options.getOrDefault(LEGACY_ALGORITHM, EncryptionService.ALGORITHM_SHA512);
        String encoding = options.getOrDefault(LEGACY_ENCODING, EncryptionService.ENCODING_HEXADECIMAL);
        Encryption legacy = new BasicEncryption(Map.of(EncryptionService.ALGORITHM, algorithm,
                EncryptionService.ENCODING, encoding));
        return new Wachtwoordhashes(iterations, legacy);
    }

    @Override
    public String encryptPassword(String plain) {
        return Pbkdf2Hash.of(plain, iterations).format();
    }

    @Override
    public boolean checkPassword(String plain, String stored) {
        if (plain == null || stored == null) {
            return false;
        }
        if (stored.startsWith(Pbkdf2Hash.PREFIX)) {
            return Pbkdf2Hash.parse(stored).map(hash -> hash.matches(plain)).orElse(false);
        }
        return legacy.checkPassword(plain, stored);
    }

    int iterations() {
        return iterations;
    }
}
