package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/**
 * The shell as a hosting provider scripts it, through the real {@code bin/client} of the unpacked distribution:
 * a command given as an argument, with nothing on standard input (a script, cron job or CI step), prints its
 * output and exits 0; a command the ACL in {@code etc/org.apache.karaf.command.acl.samenspraak.cfg} does not
 * allow the user says so, instead of pretending the command does not exist.
 */
public class BeheershellIT {

    private static final String BEHEER = "beheer";
    private static final String BEHEER_WACHTWOORD = "beheer-" + Long.toHexString(System.nanoTime());
    private static final String KIJKER = "kijker";
    private static final String KIJKER_WACHTWOORD = "kijker-" + Long.toHexString(System.nanoTime());

    @Test
    public void aCommandGivenToBinClientPrintsItsTableAndOneTheAclRefusesSaysItIsNotPermitted() throws Exception {
        try (Distributie d = Distributie.uitpakken(getClass().getSimpleName())) {
            d.shellgebruiker(BEHEER, BEHEER_WACHTWOORD, "_g_:admingroup");
            d.shellgebruiker(KIJKER, KIJKER_WACHTWOORD, "viewer,ssh");
            d.startDemo();

            Distributie.Uitvoer gemeenten = d.client(BEHEER, BEHEER_WACHTWOORD, "samenspraak:gemeenten");
            assertEquals(gemeenten.tekst(), 0, gemeenten.exit());
            assertTrue(gemeenten.tekst(), gemeenten.tekst().contains("Gemeente | Naam"));
            assertTrue(gemeenten.tekst(), gemeenten.tekst().contains("GM0222") && gemeenten.tekst().contains("GM0518"));

            Distributie.Uitvoer outbox = d.client(BEHEER, BEHEER_WACHTWOORD, "samenspraak:outbox");
            assertEquals("admin still runs an admin-only command: " + outbox.tekst(), 0, outbox.exit());
            assertTrue(outbox.tekst(), outbox.tekst().contains("wachtend"));

            Distributie.Uitvoer gelezen = d.client(KIJKER, KIJKER_WACHTWOORD, "samenspraak:gemeenten");
            assertEquals(gelezen.tekst(), 0, gelezen.exit());
            assertTrue(gelezen.tekst(), gelezen.tekst().contains("GM0222"));

            for (String alleenBeheer : new String[] { "samenspraak:besluit GM0222 onbekend", "samenspraak:outbox",
                    "samenspraak:backup" }) {
                Distributie.Uitvoer geweigerd = d.client(KIJKER, KIJKER_WACHTWOORD, alleenBeheer);
                assertNotEquals(alleenBeheer + ": " + geweigerd.tekst(), 0, geweigerd.exit());
                assertTrue(alleenBeheer + ": " + geweigerd.tekst(), geweigerd.tekst().contains("Insufficient credentials"));
                assertFalse(alleenBeheer + ": " + geweigerd.tekst(), geweigerd.tekst().contains("Command not found"));
            }
        }
    }
}
