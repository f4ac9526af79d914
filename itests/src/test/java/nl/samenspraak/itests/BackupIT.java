package nl.samenspraak.itests;

import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * The embedded database's online backup, as a hosting provider takes and restores it (docs/hosting.md):
 * {@code samenspraak:backup} over SSH while residents vote, then the node stopped, its database directory
 * replaced by the backup, and started again. Every ballot acknowledged before the backup began is in the
 * restored round; the platform works on it (a voting code unused so far still votes).
 */
public class BackupIT {

    private static final int KIEZERS = 300;
    private static final int VOOR_HERSTEL_BEWAARD = 20;

    @Test
    public void aBackupTakenDuringVotingRestoresEveryBallotAcknowledgedBeforeIt() throws Exception {
        try (Distributie node = Distributie.uitpakken("backup")) {
            node.hostingpartij();
            node.startDemo();
            Stemronde ronde = Stemronde.openen(node, node, "Back-up", KIEZERS);

            Set<String> bevestigd = ConcurrentHashMap.newKeySet();
            AtomicInteger volgende = new AtomicInteger();
            CountDownLatch eenDeel = new CountDownLatch(100);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> stemmers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                stemmers.add(pool.submit(() -> {
                    for (int i; (i = volgende.getAndIncrement()) < KIEZERS - VOOR_HERSTEL_BEWAARD;) {
                        bevestigd.add(ApiClient.json(node.expect(201, ronde.stem(node, i))).get("ontvangstbewijs").asText());
                        eenDeel.countDown();
                    }
                    return null;
                }));
            }
            assertTrue("100 ballots acknowledged", eenDeel.await(300, TimeUnit.SECONDS));
            Set<String> voorDeBackup = Set.copyOf(bevestigd);
            String uitvoer = node.shell("samenspraak:backup " + node.home.resolve("backups"));
            for (Future<?> stemmer : stemmers) {
                stemmer.get(300, TimeUnit.SECONDS);
            }
            pool.shutdownNow();
            Matcher map = Pattern.compile("Back-up gemaakt in (\\S+)").matcher(uitvoer);
            assertTrue("the command says where the backup is: " + uitvoer, map.find());
            Path backup = Path.of(map.group(1)).resolve("samenspraak");
            assertTrue("Derby wrote the database into " + backup, Files.isDirectory(backup.resolve("seg0")));

            node.stop();
            Path database = node.home.resolve("data/derby/samenspraak");
            Distributie.delete(database);
            kopieer(backup, database);
            node.start();
            String export = ronde.export(node);
            List<String> kwijt = voorDeBackup.stream().filter(ontvangst -> !export.contains(ontvangst)).toList();
            assertTrue("ballots acknowledged before the backup began, missing after the restore: " + kwijt, kwijt.isEmpty());
            // a code unused before the backup votes on the restored database
            node.expect(201, ronde.stem(node, KIEZERS - VOOR_HERSTEL_BEWAARD));
        }
    }

    private static void kopieer(Path van, Path naar) throws Exception {
        try (var paden = Files.walk(van)) {
            for (Path pad : (Iterable<Path>) paden::iterator) {
                Files.copy(pad, naar.resolve(van.relativize(pad).toString()));
            }
        }
    }
}
