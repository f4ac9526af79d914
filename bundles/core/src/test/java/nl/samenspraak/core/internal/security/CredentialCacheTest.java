package nl.samenspraak.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

import nl.samenspraak.api.security.AanmeldenMisluktException;
import nl.samenspraak.api.security.Gebruiker;

public class CredentialCacheTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final Map<String, String> passwords = new HashMap<>(Map.of("anna", "geheim", "bram", "wachtwoord"));
    private final List<String> logins = new ArrayList<>();

    /** The realm: counts every real login and refuses a wrong password. */
    private final CredentialCache.Login realm = (user, password) -> {
        logins.add(user);
        if (!new String(password).equals(passwords.get(user))) {
            throw new AanmeldenMisluktException("Gebruikersnaam of wachtwoord onjuist");
        }
        return new Gebruiker(user, Set.of("inwoner:GM0222"));
    };

    private CredentialCache cache(int seconds, int size) {
        return new CredentialCache(Duration.ofSeconds(seconds), size, clock::get);
    }

    private void advance(Duration duration) {
        clock.addAndGet(duration.toNanos());
    }

    @Test
    public void aSuccessfulLoginIsRememberedWithinTheTtl() throws Exception {
        CredentialCache cache = cache(60, 100);
        Gebruiker first = cache.authenticate("anna", "geheim".toCharArray(), realm);
        advance(Duration.ofSeconds(59));
        assertSame(first, cache.authenticate("anna", "geheim".toCharArray(), realm));
        assertEquals(List.of("anna"), logins);
    }

    @Test
    public void afterTheTtlTheRealmIsAskedAgain() throws Exception {
        CredentialCache cache = cache(60, 100);
        cache.authenticate("anna", "geheim".toCharArray(), realm);
        advance(Duration.ofSeconds(60));
        cache.authenticate("anna", "geheim".toCharArray(), realm);
        assertEquals(List.of("anna", "anna"), logins);
    }

    @Test
    public void aRemovedUserOrChangedPasswordTakesEffectAfterTheTtl() throws Exception {
        CredentialCache cache = cache(60, 100);
        cache.authenticate("anna", "geheim".toCharArray(), realm);
        passwords.put("anna", "nieuw");
        advance(Duration.ofSeconds(30));
        // the documented trade-off: the old password still works until the TTL is over ...
        cache.authenticate("anna", "geheim".toCharArray(), realm);
        advance(Duration.ofSeconds(30));
        // ... and not a moment after
        assertThrows(AanmeldenMisluktException.class, () -> cache.authenticate("anna", "geheim".toCharArray(), realm));
        assertEquals("anna", cache.authenticate("anna", "nieuw".toCharArray(), realm).naam());
    }

    @Test
    public void aWrongPasswordNeverMatchesTheRememberedOne() throws Exception {
        CredentialCache cache = cache(60, 100);
        cache.authenticate("anna", "geheim".toCharArray(), realm);
        assertThrows(AanmeldenMisluktException.class, () -> cache.authenticate("anna", "geheimx".toCharArray(), realm));
        assertThrows(AanmeldenMisluktException.class, () -> cache.authenticate("anna", "".toCharArray(), realm));
        assertEquals(List.of("anna", "anna", "anna"), logins);
        // and it does not evict the right one
        cache.authenticate("anna", "geheim".toCharArray(), realm);
        assertEquals(3, logins.size());
    }

    @Test
    public void anEntryOnlyMatchesItsOwnUser() throws Exception {
        passwords.put("bram", "geheim");
        CredentialCache cache = cache(60, 100);
        cache.authenticate("anna", "geheim".toCharArray(), realm);
        assertEquals("bram", cache.authenticate("bram", "geheim".toCharArray(), realm).naam());
        assertEquals(List.of("anna", "bram"), logins);
    }

    @Test
    public void failedLoginsAreNeverRemembered() throws Exception {
        CredentialCache cache = cache(60, 100);
        for (int i = 0; i < 3; i++) {
            assertThrows(AanmeldenMisluktException.class, () -> cache.authenticate("anna", "fout".toCharArray(), realm));
        }
        assertEquals(3, logins.size());
        assertEquals(0, cache.size());
    }

    @Test
    public void zeroSecondsDisablesTheCache() throws Exception {
        CredentialCache cache = cache(0, 100);
        assertFalse(cache.enabled());
        cache.authenticate("anna", "geheim".toCharArray(), realm);
        cache.authenticate("anna", "geheim".toCharArray(), realm);
        assertEquals(2, logins.size());
        assertEquals(0, cache.size());
    }

    @Test
    public void theCacheIsBounded() throws Exception {
        CredentialCache cache = cache(60, 10);
        for (int i = 0; i < 100; i++) {
            passwords.put("user" + i, "pw" + i);
            cache.authenticate("user" + i, ("pw" + i).toCharArray(), realm);
            assertTrue(cache.size() <= 10);
        }
        // the newest login is always kept
        int before = logins.size();
        cache.authenticate("user99", "pw99".toCharArray(), realm);
        assertEquals(before, logins.size());
    }

    @Test
    public void expiredEntriesGoFirstWhenFull() throws Exception {
        CredentialCache cache = cache(60, 2);
        cache.authenticate("anna", "geheim".toCharArray(), realm);
        advance(Duration.ofSeconds(30));
        cache.authenticate("bram", "wachtwoord".toCharArray(), realm);
        advance(Duration.ofSeconds(31)); // anna expired, bram not
        passwords.put("cees", "x");
        cache.authenticate("cees", "x".toCharArray(), realm);
        logins.clear();
        cache.authenticate("bram", "wachtwoord".toCharArray(), realm);
        cache.authenticate("cees", "x".toCharArray(), realm);
        assertEquals(List.of(), logins);
    }

    @Test
    public void thePasswordItselfIsNeverStored() throws Exception {
        CredentialCache cache = cache(60, 100);
        cache.authenticate("anna", "geheim".toCharArray(), realm);
        Field entriesField = CredentialCache.class.getDeclaredField("entries");
        entriesField.setAccessible(true);
        Object entry = ((Map<?, ?>) entriesField.get(cache)).get("anna");
        for (Field field : entry.getClass().getDeclaredFields()) {
            field.setAccessible(true);
            Object value = field.get(entry);
            if (value instanceof byte[] bytes) {
                assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("geheim"));
                assertEquals(32, bytes.length);
            }
            assertFalse(String.valueOf(value).contains("geheim"));
        }
    }

    @Test
    public void twoCachesKeyTheirHashesDifferently() throws Exception {
        // a random key per cache: the stored value is no plain (testable offline) hash of the password
        CredentialCache one = cache(60, 100);
        CredentialCache two = cache(60, 100);
        one.authenticate("anna", "geheim".toCharArray(), realm);
        two.authenticate("anna", "geheim".toCharArray(), realm);
        assertFalse(java.util.Arrays.equals(mac(one, "anna"), mac(two, "anna")));
    }

    private static byte[] mac(CredentialCache cache, String user) throws Exception {
        Field entriesField = CredentialCache.class.getDeclaredField("entries");
        entriesField.setAccessible(true);
        Object entry = ((Map<?, ?>) entriesField.get(cache)).get(user);
        Field mac = entry.getClass().getDeclaredField("passwordMac");
        mac.setAccessible(true);
        return (byte[]) mac.get(entry);
    }
}
