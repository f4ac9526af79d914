package nl.samenspraak.core.internal.wijkbudget;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The voting-code key lives in {@code etc/}, owner-only, where a hosting provider backs it up; a key that only
 * Config Admin's store held (installations from before) is copied there, never replaced by a new one.
 */
public class SleutelbestandTest {

    @Rule
    public TemporaryFolder map = new TemporaryFolder();

    @Test
    public void aNewKeyIsWrittenToEtcReadableByItsOwnerOnly() throws Exception {
        Path etc = map.getRoot().toPath();
        Sleutelbestand bestand = new Sleutelbestand(etc);

        byte[] sleutel = Stemgeheim.sleutel(null, Map.of(), bestand);

        assertEquals(32, sleutel.length);
        Path cfg = etc.resolve("nl.samenspraak.stemgeheim.cfg");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cfg)));
        assertArrayEquals(sleutel, bestand.lees().orElseThrow());
        assertTrue(Files.readString(cfg).contains("sleutel = " + Base64.getEncoder().encodeToString(sleutel)));
        try (var inhoud = Files.list(etc)) {
            assertEquals("no temporary file left behind", 1, inhoud.count());
        }
    }

    @Test
    public void theKeyInEtcIsUsedBeforeFileinstallHasReadItIntoConfigAdmin() {
        Sleutelbestand bestand = new Sleutelbestand(map.getRoot().toPath());
        byte[] eerste = Stemgeheim.sleutel(null, Map.of(), bestand);

        assertArrayEquals("never a second key over the first", eerste, Stemgeheim.sleutel(null, Map.of(), bestand));
    }

    @Test
    public void aKeyOnlyConfigAdminHeldIsCopiedToEtcUnchanged() throws Exception {
        byte[] vanVroeger = new byte[32];
        vanVroeger[0] = 42;
        String base64 = Base64.getEncoder().encodeToString(vanVroeger);
        Sleutelbestand bestand = new Sleutelbestand(map.getRoot().toPath());

        byte[] sleutel = Stemgeheim.sleutel(null, Map.of("sleutel", base64), bestand);

        assertArrayEquals(vanVroeger, sleutel);
        assertArrayEquals("the codes issued before keep working", vanVroeger, bestand.lees().orElseThrow());
    }

    @Test
    public void aKeyAlreadyInEtcIsNeverOverwritten() throws Exception {
        Path etc = map.getRoot().toPath();
        Files.writeString(etc.resolve("nl.samenspraak.stemgeheim.cfg"), "sleutel = "
                + Base64.getEncoder().encodeToString(new byte[32]) + "\n");
        Sleutelbestand bestand = new Sleutelbestand(etc);
        byte[] ander = new byte[32];
        ander[5] = 7;

        assertArrayEquals("a racing second writer gets the key that was first", new byte[32], bestand.bewaar(ander));
        assertArrayEquals("Config Admin's copy of the same file counts", ander,
                Stemgeheim.sleutel(null, Map.of("sleutel", Base64.getEncoder().encodeToString(ander)), bestand));
        assertArrayEquals(new byte[32], bestand.lees().orElseThrow());
    }

    @Test
    public void withoutAFileThereIsNoKey() {
        assertFalse(new Sleutelbestand(map.getRoot().toPath()).lees().isPresent());
    }
}
