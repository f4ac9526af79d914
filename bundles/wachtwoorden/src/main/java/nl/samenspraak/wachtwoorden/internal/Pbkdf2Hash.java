package nl.samenspraak.wachtwoorden.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password hash as PBKDF2 with HMAC-SHA256, written {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (salt and
 * hash in Base64 without padding: no {@code ,} that would split a line of {@code users.properties} into roles,
 * and no {@code =}). The iterations travel with each hash, so raising them later leaves older hashes valid.
 */
record Pbkdf2Hash(int iterations, byte[] salt, byte[] hash) {

    static final String PREFIX = "pbkdf2-sha256$";
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    /** Far below what anyone configures (OWASP's 2023 advice is 600,000): a stored value below it was forged. */
    static final int MIN_ITERATIONS = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new hash of the password under a fresh random salt. */
    static Pbkdf2Hash of(String password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new Pbkdf2Hash(iterations, salt, derive(password, salt, iterations, HASH_BYTES));
    }

    /** The stored value read back; empty when it is not one of ours or is malformed. */
    static Optional<Pbkdf2Hash> parse(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = stored.substring(PREFIX.length()).split("\\$", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            int iterations = Integer.parseInt(parts[0]);
            byte[] salt = Base64.getDecoder().decode(parts[1]);
            byte[] hash = Base64.getDecoder().decode(parts[2]);
            if (iterations < MIN_ITERATIONS || salt.length < SALT_BYTES || hash.length < HASH_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new Pbkdf2Hash(iterations, salt, hash));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    boolean matches(String password) {
        // constant time: how much of a guess matched must not show in how long the answer takes
        return MessageDigest.isEqual(hash, derive(password, salt, iterations, hash.length));
    }

    String format() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX + iterations + '$' + base64.encodeToString(salt) + '$' + base64.encodeToString(hash);
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 platform has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        // never the hash in a log line or exception message
        return PREFIX + iterations + "$...";
    }

}
