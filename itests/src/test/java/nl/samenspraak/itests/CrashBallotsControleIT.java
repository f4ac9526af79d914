package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * {@code bin/crash-ballots} refuses to measure a distribution that turns Derby's commit syncs off
 * ({@code derby.system.durability=test}), and only then: on the distribution as built it runs, although the features
 * file names that setting in a comment (issue 15, point 8: it refused to run on main). Its check alone, on the
 * unpacked archive the build made.
 */
public class CrashBallotsControleIT {

    @Test
    public void theDurabilityCheckRefusesASettingAndNotACommentThatNamesIt() throws Exception {
        try (Distributie d = Distributie.uitpakken(getClass().getSimpleName())) {
            Distributie.Uitvoer gebouwd = controle(d);
            assertEquals("the distribution as built: " + gebouwd.tekst(), 0, gebouwd.exit());
            assertTrue(gebouwd.tekst(), gebouwd.tekst().contains("none of these sets it"));

            Path eigen = d.home.resolve("etc/custom.system.properties");
            String zoals = Files.readString(eigen, StandardCharsets.UTF_8);
            Files.writeString(eigen, "\n# never derby.system.durability=test here\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            assertEquals("a comment naming it", 0, controle(d).exit());

            Files.writeString(eigen, zoals + "\nderby.system.durability = test\n", StandardCharsets.UTF_8);
            Distributie.Uitvoer gezet = controle(d);
            assertEquals("a property line setting it: " + gezet.tekst(), 3, gezet.exit());
            assertTrue(gezet.tekst(), gezet.tekst().contains("refusing to run"));

            Files.writeString(eigen, zoals, StandardCharsets.UTF_8);
            Files.writeString(d.home.resolve("bin/setenv"), "\nEXTRA_JAVA_OPTS=\"-Dderby.system.durability=test\"\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            assertEquals("a -D option setting it", 3, controle(d).exit());
        }
    }

    private static Distributie.Uitvoer controle(Distributie d) throws Exception {
        Path script = Path.of(System.getProperty("user.dir")).resolve("../bin/crash-ballots").normalize();
        assertTrue("bin/crash-ballots of this checkout: " + script, Files.isExecutable(script));
        Process controle = new ProcessBuilder(script.toString(), "--alleen-controle", "--assembly", d.home.toString())
                .redirectErrorStream(true).start();
        controle.getOutputStream().close();
        String uitvoer = new String(controle.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("bin/crash-ballots --alleen-controle did not finish", controle.waitFor(120, TimeUnit.SECONDS));
        return new Distributie.Uitvoer(controle.exitValue(), uitvoer);
    }
}
