package nl.samenspraak.core.internal.regels;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.junit.Test;

/** deploy/ is watched once: a folder someone already watches gets no second watcher. */
public class DeployOpenerTest {

    private static Dictionary<String, Object> watcherOf(String dir) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(DeployOpener.DIR, dir);
        return properties;
    }

    @Test
    public void aFolderNobodyWatchesIsNotWatched() {
        assertFalse(DeployOpener.bewaakt(Path.of("/opt/samenspraak/deploy"),
                List.of(watcherOf("/opt/samenspraak/etc"), new Hashtable<>())));
        assertFalse(DeployOpener.bewaakt(Path.of("/opt/samenspraak/deploy"), List.of()));
    }

    @Test
    public void aWatcherOfTheSameFolderCountsHoweverItsPathIsSpelled() {
        assertTrue(DeployOpener.bewaakt(Path.of("/opt/samenspraak/deploy"),
                List.of(watcherOf("/opt/samenspraak/etc"), watcherOf("/opt/samenspraak/bin/../deploy/"))));
    }

    @Test
    public void theWatcherInstallsAtThePlatformsStartLevelAndUnpacksUnderData() {
        Hashtable<String, Object> watcher = DeployOpener.watcher(Path.of("/opt/s/deploy"), Path.of("/opt/s/data"));

        assertEquals("/opt/s/deploy", watcher.get(DeployOpener.DIR));
        assertEquals("/opt/s/data/generated-bundles", watcher.get("felix.fileinstall.tmpdir"));
        assertEquals("80", watcher.get("felix.fileinstall.start.level"));
        assertEquals("250", watcher.get("felix.fileinstall.poll"));
    }
}
