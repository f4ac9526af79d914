package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.Test;

/**
 * Guessing passwords is slowed down: after five wrong ones for a user name (twenty from one address) the next
 * attempt is refused with 429 and Retry-After without the password being checked, also the right one; once the
 * wait is over the right password works again (no permanent lock-out). Every sign-in and every failed one is in
 * the security log, never the password.
 */
public class GokkenIT extends SamenspraakTestSupport {

    private static final String FOUT = "Fout-Wachtwoord-7731";

    private static long retryAfter(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    public void wrongPasswordsForOneUserAreSlowedDownNeverLockedOut() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertProblem(get("/mij", "inwoner-doetinchem", FOUT), 401);
        }
        HttpResponse<String> geweigerd = get("/mij", "inwoner-doetinchem", "demo");
        assertProblem(geweigerd, 429);
        long wacht = retryAfter(geweigerd);
        assertTrue(wacht >= 1 && wacht <= 60);
        // another user is not affected
        assertEquals(200, get("/mij", "inwoner-denhaag", "demo").statusCode());
        Thread.sleep(Duration.ofSeconds(wacht).toMillis() + 200);
        HttpResponse<String> weer = get("/mij", "inwoner-doetinchem", "demo");
        assertEquals(weer.body(), 200, weer.statusCode());

        String log = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        assertTrue(log.contains("Aanmelden mislukt: gebruiker=inwoner-doetinchem adres="));
        assertTrue(log.contains("Aanmelden geweigerd zonder controle (te veel mislukte pogingen): gebruiker=inwoner-doetinchem"));
        assertTrue(log.contains("Aangemeld: gebruiker=inwoner-doetinchem"));
        assertFalse("a password in the log", log.contains(FOUT));
    }

    @Test
    public void wrongPasswordsFromOneAddressAreSlowedDownToo() throws Exception {
        HttpResponse<String> laatste = null;
        int pogingen = 0;
        while (pogingen < 40) {
            laatste = get("/mij", "gebruiker-" + pogingen, FOUT);
            pogingen++;
            if (laatste.statusCode() == 429) {
                break;
            }
            assertProblem(laatste, 401);
        }
        assertProblem(laatste, 429);
        assertTrue("per address only after the user names' own limit: " + pogingen, pogingen > 5);
        Thread.sleep(Duration.ofSeconds(retryAfter(laatste)).toMillis() + 200);
        assertEquals(200, get("/mij", "ambtenaar-doetinchem", "demo").statusCode());
    }
}
