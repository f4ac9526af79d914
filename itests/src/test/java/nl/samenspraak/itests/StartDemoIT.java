package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.junit.Test;

/**
 * {@code bin/start-demo} as someone trying Samenspraak out runs it: the port they give is the port Jetty serves on,
 * and what would keep the demo from coming up (the port taken by another program, this copy running already) is said
 * at once, instead of a wait of minutes or another program's answer taken for the demo's.
 */
public class StartDemoIT {

    private static final Duration KORT = Duration.ofSeconds(60);

    @Test
    public void aPortInUseIsSaidAtOnceAndNothingStarts() throws Exception {
        try (Distributie d = Distributie.uitpakken(getClass().getSimpleName() + "-bezet");
                ServerSocket ander = new ServerSocket(d.port, 50, InetAddress.getLoopbackAddress())) {
            Distributie.Uitvoer uitvoer = d.voerUit("bin/start-demo", KORT, Map.of());

            assertEquals(uitvoer.tekst(), 1, uitvoer.exit());
            assertTrue(uitvoer.tekst(), uitvoer.tekst().contains("port " + d.port + " is in use by another program"));
            assertTrue(uitvoer.tekst(), uitvoer.tekst().contains("SAMENSPRAAK_HTTP_PORT=<port>"));
            assertFalse("no Karaf was started", Files.exists(d.home.resolve("karaf.pid")));
            assertFalse("nothing was copied into the copy", Files.exists(d.home.resolve("data/derby/samenspraak")));
        }
    }

    @Test
    public void theGivenPortIsServedOnAndASecondStartSaysTheCopyRunsAlready() throws Exception {
        try (Distributie d = Distributie.uitpakken(getClass().getSimpleName() + "-poort")) {
            int poort = Distributie.freePort();
            Map<String, String> omgeving = Map.of("SAMENSPRAAK_HTTP_PORT", String.valueOf(poort),
                    "SAMENSPRAAK_START_TIMEOUT", String.valueOf(Distributie.START.toSeconds()));
            d.run("bin/start-demo", Distributie.START.plusSeconds(60), omgeving);

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/v1/health")).timeout(KORT).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(health.body(), 200, health.statusCode());
            String web = Files.readString(d.home.resolve("etc/org.ops4j.pax.web.cfg"));
            assertTrue("a restart with bin/start keeps the port: " + web, web.contains("org.osgi.service.http.port = " + poort));

            Distributie.Uitvoer nogEens = d.voerUit("bin/start-demo", KORT,
                    Map.of("SAMENSPRAAK_HTTP_PORT", String.valueOf(Distributie.freePort())));
            assertEquals(nogEens.tekst(), 1, nogEens.exit());
            assertTrue(nogEens.tekst(), nogEens.tekst().contains("this copy runs already (pid " + d.pid() + ")"));
            assertEquals("a refused start leaves the running copy's port alone", web,
                    Files.readString(d.home.resolve("etc/org.ops4j.pax.web.cfg")));
        }
    }
}
