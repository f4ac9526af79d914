package nl.samenspraak.wachtwoorden.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.junit.Test;

public class WachtwoordhashesTest {

    /** Few iterations keep the test fast; the format and checks do not depend on the count. */
    private final Wachtwoordhashes hashes = Wachtwoordhashes.from(Map.of("iterations", "10000"));

    @Test
    public void aNewPasswordIsASaltedPbkdf2HashThatOnlyItsPasswordMatches() {
        String stored = hashes.encryptPassword("correct paard batterij");

        assertTrue(stored, stored.matches("pbkdf2-sha256\\$10000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"));
        assertTrue(hashes.checkPassword("correct paard batterij", stored));
        assertFalse(hashes.checkPassword("correct paard batterij ", stored));
        assertFalse(hashes.checkPassword("", stored));
    }

    @Test
    public void theSamePasswordTwiceGivesTwoDifferentHashes() {
        String een = hashes.encryptPassword("geheim");
        String twee = hashes.encryptPassword("geheim");

        assertNotEquals("a fresh salt each time, so equal passwords do not show", een, twee);
        assertTrue(hashes.checkPassword("geheim", een));
        assertTrue(hashes.checkPassword("geheim", twee));
    }

    @Test
    public void nothingInAStoredHashBreaksALineOfUsersProperties() {
        for (int i = 0; i < 50; i++) {
            String stored = hashes.encryptPassword("wachtwoord-" + i);
            assertFalse(stored, stored.contains(",") || stored.contains("=") || stored.contains(":")
                    || stored.contains(" ") || stored.contains("\\"));
        }
    }

    @Test
    public void anUnsaltedSha512HashFromBeforeStillLetsItsUserIn() throws Exception {
        String vroeger = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-512").digest("oud wachtwoord".getBytes(StandardCharsets.UTF_8)));

        assertTrue(hashes.checkPassword("oud wachtwoord", vroeger));
        assertTrue("sha512sum prints lower case, Karaf wrote upper case", hashes.checkPassword("oud wachtwoord",
                vroeger.toUpperCase()));
        assertFalse(hashes.checkPassword("ander wachtwoord", vroeger));
    }

    @Test
    public void theIterationsTravelWithTheHashSoRaisingThemKeepsOlderHashesValid() {
        String ouder = hashes.encryptPassword("geheim");
        Wachtwoordhashes sterker = Wachtwoordhashes.from(Map.of("iterations", "20000"));

        assertTrue(sterker.encryptPassword("geheim").startsWith("pbkdf2-sha256$20000$"));
        assertTrue(sterker.checkPassword("geheim", ouder));
    }

    @Test
    public void aForgedOrDamagedHashLetsNobodyIn() {
        String stored = hashes.encryptPassword("geheim");
        String[] delen = stored.split("\\$");

        assertFalse("too few iterations to be ours", hashes.checkPassword("geheim",
                "pbkdf2-sha256$1$" + delen[2] + "$" + delen[3]));
        assertFalse(hashes.checkPassword("geheim", "pbkdf2-sha256$10000$" + delen[2]));
        assertFalse(hashes.checkPassword("geheim", "pbkdf2-sha256$tien$" + delen[2] + "$" + delen[3]));
        assertFalse(hashes.checkPassword("geheim", "pbkdf2-sha256$10000$!!$" + delen[3]));
        assertFalse(hashes.checkPassword("geheim", "pbkdf2-sha256$10000$" + delen[2] + "$AAAA"));
        assertFalse(hashes.checkPassword("geheim", null));
        assertFalse(hashes.checkPassword(null, stored));
    }

    @Test
    public void thePlainPasswordItselfIsNoStoredHash() {
        assertFalse("a stored value that is neither ours nor a digest matches nothing",
                hashes.checkPassword("geheim", "geheim"));
    }

    @Test
    public void theDefaultFollowsOwaspAndTooFewIterationsAreRefused() {
        assertEquals(600_000, Wachtwoordhashes.from(Map.of()).iterations());
        assertThrows(IllegalArgumentException.class, () -> Wachtwoordhashes.from(Map.of("iterations", "1000")));
        assertThrows(IllegalArgumentException.class, () -> Wachtwoordhashes.from(Map.of("iterations", "veel")));
    }

    @Test
    public void theServiceHandsOutTheHashesForTheRealmsOptions() {
        var encryption = new SamenspraakEncryptionService().createEncryption(Map.of("iterations", "12345"));

        assertTrue(encryption.encryptPassword("x").startsWith("pbkdf2-sha256$12345$"));
    }
}
