package nl.samenspraak.core.internal.regels;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The platform's start as a bridge transition: over once the boot is in and every jar in deploy/ runs. */
public class OpstartTest {

    @Rule
    public final TemporaryFolder map = new TemporaryFolder();

    private volatile boolean opgestart;
    private final Map<Path, Long> geinstalleerd = new ConcurrentHashMap<>();
    private final Set<Long> klaar = ConcurrentHashMap.newKeySet();

    private Opstart opstart() {
        return new Opstart(Optional.of(map.getRoot().toPath()), () -> opgestart,
                jar -> Optional.ofNullable(geinstalleerd.get(jar)), klaar::contains);
    }

    @Test
    public void overOnceTheBootIsInAndEveryJarInDeployRunsSettled() throws Exception {
        Path jar = Files.writeString(map.getRoot().toPath().resolve("gm0363.jar"), "");
        Files.writeString(map.getRoot().toPath().resolve("samenspraak-demo.xml"), "");
        Opstart opstart = opstart();

        assertTrue(opstart.bezig());
        assertFalse("the boot features are not all in", opstart.klaar());
        opgestart = true;
        assertFalse("the jar is not installed yet", opstart.klaar());
        geinstalleerd.put(jar, 7L);
        assertFalse("installed, not settled", opstart.klaar());
        klaar.add(7L);
        assertTrue("only jars count, not the feature file", opstart.klaar());
    }

    @Test
    public void withoutADeployFolderTheBootAloneCounts() {
        Opstart opstart = new Opstart(Optional.of(map.getRoot().toPath().resolve("nergens")), () -> opgestart,
                jar -> Optional.empty(), id -> false);
        assertFalse(opstart.klaar());
        opgestart = true;
        assertTrue(opstart.klaar());
    }

    @Test
    public void aLookupDuringTheStartThatFindsNothingWaitsUntilItIsOver() {
        Overbrugging brug = new Overbrugging(Overbrugging.SYSTEEM, 3000);
        brug.begint(Opstart.ID, Opstart.NAAM, "is under way", Set.of(), 60_000_000_000L);
        Opstart opstart = opstart();
        brug.kijk(id -> id == Opstart.ID && opstart.klaar());
        assertTrue("still starting", brug.openstaand());
        opgestart = true;
        brug.kijk(id -> id == Opstart.ID && opstart.klaar());
        assertFalse("over: nothing waits any more", brug.openstaand());
        assertEquals(Optional.empty(), brug.zoek("GM0363", Optional::empty));
    }

    /** The start may last long (Karaf's boot on a busy machine): a request waits at most the bridge time. */
    @Test
    public void aRequestDuringALongStartWaitsNoLongerThanTheBridgeTime() {
        long[] nu = { 0 };
        int[] gewacht = { 0 };
        Overbrugging brug = new Overbrugging(new Overbrugging.Klok() {
            @Override
            public long nanos() {
                return nu[0];
            }

            @Override
            public void wacht(java.util.concurrent.locks.Condition veranderd, long nanos) {
                gewacht[0]++;
                nu[0] += nanos;
            }
        }, 3000);
        brug.begint(Opstart.ID, Opstart.NAAM, "is under way", Set.of(), 60_000_000_000L);
        assertEquals(Optional.empty(), brug.zoek("GM0363", Optional::empty));
        assertEquals(1, gewacht[0]);
        assertEquals("3 s, not the 60 s the start may take", 3_000_000_000L, nu[0]);
        brug.verleng(Opstart.ID, 120_000_000_000L);
        nu[0] = 61_000_000_000L;
        brug.kijk(id -> false);
        assertTrue("still starting after 60 s: the start was extended", brug.openstaand());
    }

    @Test
    public void theDeployFolderIsKarafsUnlessConfigured() {
        String vorige = System.getProperty("karaf.base");
        System.setProperty("karaf.base", "/opt/samenspraak");
        try {
            assertEquals(Optional.of(Path.of("/opt/samenspraak", "deploy")), Opstart.deploy(""));
            assertEquals(Optional.of(Path.of("/srv/regels")), Opstart.deploy("/srv/regels"));
        } finally {
            if (vorige == null) {
                System.clearProperty("karaf.base");
            } else {
                System.setProperty("karaf.base", vorige);
            }
        }
    }
}
