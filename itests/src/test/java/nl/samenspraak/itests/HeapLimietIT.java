package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The distribution's {@code bin/karaf} starts the JVM with the heap limit of {@code JAVA_MAX_MEM} (1024M unless
 * set): Karaf 4.4's Unix scripts ignore that variable themselves, and the JVM ran with a quarter of the
 * machine's memory; and with the serial collector on a server of one or two cores. The scripts run for real from
 * the built archive, with a {@code java} that prints the arguments it is given instead of starting.
 */
public class HeapLimietIT {

    private static Path distributie;
    private static Path jdk;

    @BeforeClass
    public static void pakUit() throws Exception {
        Path map = Files.createTempDirectory("heaplimiet");
        run(List.of("tar", "xzf", SamenspraakTestSupport.requiredProperty("samenspraak.distribution"), "-C", map.toString()),
                Map.of(), map);
        try (Stream<Path> inhoud = Files.list(map)) {
            distributie = inhoud.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        jdk = Files.createDirectories(map.resolve("jdk/bin")).getParent();
        Path java = jdk.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nif [ \"$1\" = \"-version\" ]; then echo 'openjdk version \"17.0.15\"' >&2; exit 0; fi\n"
                + "for a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    public void theDefaultHeapLimitIsPassedToTheJvm() throws Exception {
        List<String> argumenten = karaf(Map.of());
        assertTrue(argumenten.toString(), argumenten.contains("-Xmx1024M"));
        assertTrue(argumenten.toString(), argumenten.contains("-Xms256M"));
    }

    @Test
    public void javaMaxMemInTheEnvironmentIsTheLimit() throws Exception {
        List<String> argumenten = karaf(Map.of("JAVA_MAX_MEM", "300M"));
        assertEquals(1, argumenten.stream().filter(a -> a.startsWith("-Xmx")).count());
        assertTrue(argumenten.toString(), argumenten.contains("-Xmx300M"));
    }

    @Test
    public void aServerOfTwoCoresGetsTheSerialCollector() throws Exception {
        assertTrue(karaf(Map.of("PATH", kernen(2))).contains("-XX:+UseSerialGC"));
        assertTrue(karaf(Map.of("PATH", kernen(1))).contains("-XX:+UseSerialGC"));
    }

    @Test
    public void withMoreCoresOrAChoiceOfItsOwnTheCollectorIsLeftAlone() throws Exception {
        assertTrue(karaf(Map.of("PATH", kernen(8))).stream().noneMatch(a -> a.startsWith("-XX:+Use") && a.endsWith("GC")));
        assertTrue(karaf(Map.of("PATH", kernen(2), "SAMENSPRAAK_GC_OPTS", "")).stream()
                .noneMatch(a -> a.startsWith("-XX:+Use") && a.endsWith("GC")));
        List<String> eigen = karaf(Map.of("PATH", kernen(2), "SAMENSPRAAK_GC_OPTS", "-XX:+UseZGC"));
        assertTrue(eigen.toString(), eigen.contains("-XX:+UseZGC") && !eigen.contains("-XX:+UseSerialGC"));
    }

    /** A PATH whose first directory has an nproc that reports this many cores. */
    private static String kernen(int aantal) throws IOException {
        Path map = Files.createDirectories(jdk.resolveSibling("nproc-" + aantal));
        Path nproc = map.resolve("nproc");
        Files.writeString(nproc, "#!/bin/sh\necho " + aantal + "\n");
        Files.setPosixFilePermissions(nproc, PosixFilePermissions.fromString("rwxr-xr-x"));
        return map + ":" + System.getenv("PATH");
    }

    private static List<String> karaf(Map<String, String> omgeving) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(omgeving);
        env.put("JAVA_HOME", jdk.toString());
        return run(List.of(distributie.resolve("bin/karaf").toString()), env, distributie);
    }

    private static List<String> run(List<String> opdracht, Map<String, String> omgeving, Path map)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(opdracht).directory(map.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("JAVA_") || k.equals("EXTRA_JAVA_OPTS") || k.startsWith("KARAF_")
                || k.startsWith("SAMENSPRAAK_"));
        builder.environment().putAll(omgeving);
        Process proces = builder.start();
        String uitvoer = new String(proces.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("in time", proces.waitFor(60, TimeUnit.SECONDS));
        assertEquals(uitvoer, 0, proces.exitValue());
        return uitvoer.lines().toList();
    }
}
