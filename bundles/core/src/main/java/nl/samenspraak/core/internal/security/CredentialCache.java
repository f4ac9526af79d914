package nl.samenspraak.core.internal.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.samenspraak.api.security.AanmeldenMisluktException;
import nl.samenspraak.api.security.Gebruiker;

/**
 * Remembers successful logins for a short time, so that a client sending the same Basic credentials on every
 * request does not cost a JAAS login (which reads the realm's users file and hashes the password) each time.
 * <p>
 * Per user name it keeps the {@link Gebruiker} the realm returned and an HMAC-SHA256 of the password under a
 * key drawn at random for this cache (never the password itself, and never a hash an attacker could test
 * offline without that key). A presented password whose HMAC differs is never served from the cache: it goes
 * to the realm like any uncached login. Failed logins are never remembered, and a wrong password does not
 * evict the remembered right one.
 * <p>
 * The trade-off: a user removed from the realm, a changed password or changed roles take effect after at most
 * the time to live. At most {@code maxEntries} users are kept; a full cache drops expired entries, then
 * arbitrary ones.
 */
final class CredentialCache {

    /** The real, expensive login. */
    @FunctionalInterface
    interface Login {
        Gebruiker login(String username, char[] password) throws AanmeldenMisluktException;
    }

    private static final String HMAC = "HmacSHA256";

    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoClock;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(byte[] passwordMac, Gebruiker gebruiker, long expiresAt) {
    }

    /**
     * @param ttl how long a successful login is remembered; zero disables the cache
     * @param maxEntries how many users are remembered at most
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    CredentialCache(Duration ttl, int maxEntries, LongSupplier nanoClock) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("negative time to live: " + ttl);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1: " + maxEntries);
        }
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    boolean enabled() {
        return ttlNanos > 0;
    }

    /** The remembered user when this password matches a login younger than the TTL; otherwise {@code login}. */
    Gebruiker authenticate(String username, char[] password, Login login) throws AanmeldenMisluktException {
        if (!enabled()) {
            return login.login(username, password);
        }
        byte[] mac = mac(username, password);
        long now = nanoClock.getAsLong();
        Entry entry = entries.get(username);
        if (entry != null && now - entry.expiresAt() < 0 && MessageDigest.isEqual(entry.passwordMac(), mac)) {
            return entry.gebruiker();
        }
        // a failure throws here and is never remembered
        Gebruiker gebruiker = login.login(username, password);
        if (entries.size() >= maxEntries && !entries.containsKey(username)) {
            makeRoom(now);
        }
        entries.put(username, new Entry(mac, gebruiker, now + ttlNanos));
        return gebruiker;
    }

    /** Forgets every remembered login. */
    void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    private void makeRoom(long now) {
        entries.values().removeIf(e -> now - e.expiresAt() >= 0);
        Iterator<String> users = entries.keySet().iterator();
        while (entries.size() >= maxEntries && users.hasNext()) {
            users.next();
            users.remove();
        }
    }

    /** HMAC over the user name and the password, so an entry can only ever match its own user. */
    private byte[] mac(String username, char[] password) {
        ByteBuffer secret = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[secret.remaining()];
        secret.get(bytes);
        try {
            Mac hmac = Mac.getInstance(HMAC);
            hmac.init(key);
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + HMAC, e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (secret.hasArray()) {
                Arrays.fill(secret.array(), (byte) 0);
            }
        }
    }
}
