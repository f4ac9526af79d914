package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * Issue 19, point 4: what stays outside the walls (files, processes) is bounded by the operating system, so the
 * distribution runs Karaf as its own unprivileged user. {@code bin/install-service} is run as root on the unpacked
 * archive, as a hosting provider runs it, with the existing unprivileged user {@code nobody} (so that the test
 * creates no user on the machine): the unit it writes runs Karaf as that user with the hardening the docs name;
 * etc/, data/, deploy/ and instances/ are that user's alone; the program files are root's. Then Karaf is started
 * as that user, as the unit would, and must serve, with its JVM running as that user and the secrets it writes
 * still owner-only.
 *
 * <p>Plain JUnit (no Pax Exam): the point is the real script and a real JVM under another user. It needs root,
 * as the script does; the test command runs as root.
 */
public class DienstIT {

    private static final String GEBRUIKER = "nobody";
    private static final Set<PosixFilePermission> ALLEEN_EIGENAAR_MAP = PosixFilePermissions.fromString("rwx------");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    public void installServiceRunsKarafAsItsOwnUserWithEtcAndDataItsAlone() throws Exception {
        assertEquals("bin/install-service needs root, and so does this test", "root", System.getProperty("user.name"));
        try (Distributie d = Distributie.uitpakken(getClass().getSimpleName())) {
            Path home = d.home;
            // the unpacked archive's parent is the test's temporary folder: let the user reach the distribution
            Files.setPosixFilePermissions(home.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
            Path units = home.getParent().resolve("systemd");
            // one gemeente, or the node reports itself DOWN
            d.zet("etc/nl.samenspraak.gemeente-doetinchem.cfg", "code", "GM0222");
            d.zet("etc/nl.samenspraak.gemeente-doetinchem.cfg", "naam", "Doetinchem");

            String uit = voerUit(List.of(home.resolve("bin/install-service").toString(), "--user", GEBRUIKER, "--unit-dir",
                    units.toString()), home);
            assertTrue(uit, uit.contains("systemctl daemon-reload && systemctl enable --now samenspraak"));

            String unit = Files.readString(units.resolve("samenspraak.service"));
            for (String regel : List.of("User=" + GEBRUIKER, "Group=" + groep(), "UMask=0077", "NoNewPrivileges=yes",
                    "ProtectSystem=strict", "PrivateTmp=yes", "Environment=EXTRA_JAVA_OPTS=-Duser.home=" + home + "/data", "ProtectHome=yes", "CapabilityBoundingSet=",
                    "ExecStart=" + home + "/bin/karaf daemon", "ReadWritePaths=" + home + "/data " + home + "/etc " + home
                            + "/deploy " + home + "/instances " + home + "/karaf.pid " + home + "/lock")) {
                assertTrue("the unit has " + regel + ":\n" + unit, Stream.of(unit.split("\n")).anyMatch(regel::equals));
            }
            assertFalse(unit, unit.contains("@"));

            for (String map : List.of("etc", "data", "deploy", "instances")) {
                assertAlleenVanGebruiker(home.resolve(map));
            }
            for (String programma : List.of("bin/karaf", "bin/setenv", "lib", "system")) {
                Path pad = home.resolve(programma);
                assertEquals(programma + " is root's", "root", Files.getOwner(pad, LinkOption.NOFOLLOW_LINKS).getName());
                Set<PosixFilePermission> rechten = Files.getPosixFilePermissions(pad, LinkOption.NOFOLLOW_LINKS);
                assertFalse(programma + " " + rechten, rechten.contains(PosixFilePermission.GROUP_WRITE)
                        || rechten.contains(PosixFilePermission.OTHERS_WRITE));
            }

            // Karaf as that user with the unit's umask, as the unit starts it (in the background: bin/start, not daemon)
            voerUit(List.of("setpriv", "--reuid=" + GEBRUIKER, "--regid=" + groep(), "--clear-groups", "env",
                    "HOME=" + home.resolve("data"), "EXTRA_JAVA_OPTS=-Duser.home=" + home.resolve("data"), "sh", "-c",
                    "umask 077 && exec bin/start"), home);
            long pid = d.pid();
            d.awaitNothingMissing("Karaf serves as " + GEBRUIKER, Distributie.START, () -> {
                try {
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + d.port + "/api/v1/health")).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    return health.statusCode() == 200 ? "" : "health " + health.statusCode() + " " + health.body();
                } catch (Exception e) {
                    return e.toString();
                }
            });
            assertEquals("the Karaf JVM's user", GEBRUIKER, ProcessHandle.of(pid).orElseThrow().info().user().orElseThrow());
            Path sleutel = home.resolve("etc/nl.samenspraak.stemgeheim.cfg");
            Path log = home.resolve("data/log/karaf.log");
            assertTrue("Karaf writes its log as " + GEBRUIKER, Files.exists(log));
            assertEquals(GEBRUIKER, Files.getOwner(log).getName());
            for (String map : List.of("etc", "data")) {
                assertAlleenVanGebruiker(home.resolve(map));
            }
            if (Files.exists(sleutel)) {
                assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(sleutel));
            }
        }
    }

    /** The folder and everything in it: the user's, with no right at all for group or others. */
    private static void assertAlleenVanGebruiker(Path map) throws Exception {
        assertEquals(map + " is the user's", GEBRUIKER, Files.getOwner(map).getName());
        assertEquals(map.toString(), ALLEEN_EIGENAAR_MAP, Files.getPosixFilePermissions(map));
        try (Stream<Path> inhoud = Files.walk(map)) {
            for (Path pad : inhoud.toList()) {
                Set<PosixFilePermission> rechten = Files.getPosixFilePermissions(pad, LinkOption.NOFOLLOW_LINKS);
                assertTrue(pad + " " + PosixFilePermissions.toString(rechten), rechten.stream()
                        .allMatch(r -> r.name().startsWith("OWNER_")));
                assertEquals(pad + " is the user's", GEBRUIKER, Files.getOwner(pad, LinkOption.NOFOLLOW_LINKS).getName());
            }
        }
    }

    private static String groep() throws Exception {
        return voerUit(List.of("id", "-gn", GEBRUIKER), new File(".").toPath()).strip();
    }

    private static String voerUit(List<String> opdracht, Path map) throws Exception {
        Process proces = new ProcessBuilder(opdracht).directory(map.toFile()).redirectErrorStream(true).start();
        String uit = new String(proces.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(opdracht + " did not finish", proces.waitFor(120, TimeUnit.SECONDS));
        assertEquals(opdracht + ": " + uit, 0, proces.exitValue());
        return uit;
    }
}
