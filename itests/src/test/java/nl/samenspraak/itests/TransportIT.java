package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.Test;

/**
 * Transport on the unpacked distribution, configured as docs/hosting.md tells a hosting provider: HTTPS with a
 * keystore made by the JDK's keytool, Strict-Transport-Security on HTTPS answers, Jetty bound to 127.0.0.1 only,
 * a reverse proxy at 127.0.0.2 whose {@code X-Forwarded-*} headers count, and plain HTTP sent to HTTPS.
 * <p>
 * The client address decides how sign-ins are throttled: a forged {@code X-Forwarded-For} from 127.0.0.1 must not
 * buy it fresh guesses, while the proxy's must make the forwarded client the one that is throttled and logged.
 */
public class TransportIT {

    private static final InetAddress CLIENT = adres("127.0.0.1");
    private static final InetAddress PROXY = adres("127.0.0.2");
    private static final String HSTS = "max-age=31536000";

    @Test
    public void httpsWithHstsAndForwardedHeadersOnlyFromTheTrustedProxy() throws Exception {
        try (Distributie d = Distributie.uitpakken(getClass().getSimpleName())) {
            int https = Distributie.freePort();
            String wachtwoord = "sleutel-" + Long.toHexString(System.nanoTime());
            Path keystore = d.home.resolve("etc/samenspraak.p12");
            keytool("-genkeypair", "-alias", "samenspraak", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                    "-keystore", keystore.toString(), "-storepass", wachtwoord, "-keypass", wachtwoord);
            String pw = "etc/org.ops4j.pax.web.cfg";
            d.zet(pw, "org.osgi.service.http.secure.enabled", "true");
            d.zet(pw, "org.osgi.service.http.port.secure", String.valueOf(https));
            d.zet(pw, "org.ops4j.pax.web.ssl.keystore", keystore.toString());
            d.zet(pw, "org.ops4j.pax.web.ssl.keystore.type", "PKCS12");
            d.zet(pw, "org.ops4j.pax.web.ssl.keystore.password", wachtwoord);
            d.zet(pw, "org.ops4j.pax.web.ssl.key.password", wachtwoord);
            d.zet(pw, "org.ops4j.pax.web.ssl.key.alias", "samenspraak");
            d.zet(pw, "org.ops4j.pax.web.listening.addresses", "127.0.0.1");
            d.zet("etc/nl.samenspraak.http.cfg", "trusted.proxies", "127.0.0.2");
            // a wait long enough that the test sees it, however slow the machine
            d.zet("etc/nl.samenspraak.security.cfg", "throttle.first.seconds", "120");
            d.zet("etc/nl.samenspraak.security.cfg", "throttle.max.seconds", "120");
            d.startDemo();

            // HTTPS answers, with HSTS; plain HTTP still answers, without it
            HttpClient tls = HttpClient.newBuilder().sslContext(vertrouwt(keystore, wachtwoord))
                    .connectTimeout(Duration.ofSeconds(10)).build();
            URI health = URI.create("https://localhost:" + https + "/api/v1/health");
            HttpResponse<String> veilig = d.expect(200, tls.send(HttpRequest.newBuilder(health).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
            assertEquals(HSTS, veilig.headers().firstValue("Strict-Transport-Security").orElse(null));
            assertEquals(200, d.get("/health", null).statusCode());
            assertTrue(d.get("/health", null).headers().firstValue("Strict-Transport-Security").isEmpty());
            alleenVoorEigenaar(keystore, d.home.resolve(pw));

            // bound to 127.0.0.1 only: the same machine's 127.0.0.2 finds no listener
            try (Socket s = new Socket(PROXY, d.port)) {
                fail("Jetty listens on " + PROXY + " too");
            } catch (ConnectException expected) {
                // refused
            }

            // X-Forwarded-Proto counts from the proxy only
            assertNull(gewoon(CLIENT, d, "/health", "X-Forwarded-Proto: https").header("Strict-Transport-Security"));
            assertEquals(HSTS, gewoon(PROXY, d, "/health", "X-Forwarded-Proto: https").header("Strict-Transport-Security"));

            // 20 wrong passwords from 127.0.0.1 for 20 user names, each with a forged X-Forwarded-For of its own: all
            // count against 127.0.0.1, so the next one must wait
            HttpResponse<String> laatste = null;
            int pogingen = 0;
            while (pogingen < 40) {
                laatste = tls.send(HttpRequest.newBuilder(URI.create("https://localhost:" + https + "/api/v1/mij"))
                        .header("Authorization", basic("vals-" + pogingen, "fout"))
                        .header("X-Forwarded-For", "198.51.100." + (pogingen + 1)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                pogingen++;
                if (laatste.statusCode() == 429) {
                    break;
                }
                assertEquals(laatste.body(), 401, laatste.statusCode());
            }
            assertEquals("a forged X-Forwarded-For bought fresh guesses: " + laatste.body(), 429, laatste.statusCode());
            assertEquals(21, pogingen);

            // through the proxy, the client it names is the one throttled: 127.0.0.1 must wait, another need not
            assertEquals(429, gewoon(PROXY, d, "/mij", "X-Forwarded-For: 127.0.0.1", "Authorization: " + basic("via-proxy-1", "fout"))
                    .status());
            assertEquals(401, gewoon(PROXY, d, "/mij", "X-Forwarded-For: 203.0.113.50", "Authorization: " + basic("via-proxy-2",
                    "fout")).status());
            // what a client wrote itself in front of the proxy's entry is not believed
            assertEquals(401, gewoon(PROXY, d, "/mij", "X-Forwarded-For: 127.0.0.1, 203.0.113.51", "Authorization: "
                    + basic("via-proxy-3", "fout")).status());
            // and the right password of a demo user works through the proxy
            assertEquals(200, gewoon(PROXY, d, "/mij", "X-Forwarded-For: 203.0.113.52", "Authorization: "
                    + basic("inwoner-doetinchem", "demo")).status());

            String log = d.log();
            assertTrue(log, log.contains("Aanmelden mislukt: gebruiker=vals-0 adres=127.0.0.1"));
            assertFalse("a forged address in the security log", log.contains("adres=198.51.100."));
            assertTrue(log, log.contains("Aanmelden geweigerd zonder controle (te veel mislukte pogingen): gebruiker=via-proxy-1 "
                    + "adres=127.0.0.1"));
            assertTrue(log, log.contains("Aanmelden mislukt: gebruiker=via-proxy-2 adres=203.0.113.50"));
            assertTrue(log, log.contains("Aanmelden mislukt: gebruiker=via-proxy-3 adres=203.0.113.51"));
            assertFalse("the proxy's own address in the security log", log.contains("adres=127.0.0.2"));

            // plain HTTP sent to HTTPS, switched on while the platform runs
            d.zet("etc/nl.samenspraak.http.cfg", "http.redirect", "true");
            d.awaitNothingMissing("plain HTTP is sent to HTTPS", Duration.ofSeconds(60), () -> {
                RauwHttp.Antwoord a = gewoon(CLIENT, d, "/health");
                return a.status() == 308 ? "" : "status " + a.status();
            });
            assertEquals("https://localhost:" + https + "/api/v1/health?x=1", gewoon(CLIENT, d, "/health?x=1").header("Location"));
            RauwHttp.Antwoord viaProxy = gewoon(PROXY, d, "/health", "X-Forwarded-Proto: http",
                    "X-Forwarded-Host: samenspraak.example.nl");
            assertEquals(308, viaProxy.status());
            assertEquals("https://samenspraak.example.nl/api/v1/health", viaProxy.header("Location"));
            assertEquals(200, gewoon(PROXY, d, "/health", "X-Forwarded-Proto: https").status());
            assertEquals(200, tls.send(HttpRequest.newBuilder(health).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode());
        }
    }

    /** A plain HTTP request from {@code van} to the node's HTTP port on 127.0.0.1, with extra header lines. */
    private static RauwHttp.Antwoord gewoon(InetAddress van, Distributie d, String pad, String... koppen) {
        String[] regels = new String[koppen.length + 2];
        regels[0] = "GET /api/v1" + pad + " HTTP/1.1";
        regels[1] = "Host: localhost:" + d.port;
        System.arraycopy(koppen, 0, regels, 2, koppen.length);
        return RauwHttp.stuurVanaf(van, CLIENT, d.port, regels);
    }

    private static void keytool(String... argumenten) throws Exception {
        List<String> opdracht = new java.util.ArrayList<>();
        opdracht.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        opdracht.addAll(List.of(argumenten));
        Process keytool = new ProcessBuilder(opdracht).redirectErrorStream(true).start();
        String uit = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("keytool did not finish", keytool.waitFor(120, TimeUnit.SECONDS));
        assertEquals("keytool: " + uit, 0, keytool.exitValue());
    }

    /** A TLS context that trusts the node's own certificate and nothing else. */
    private static SSLContext vertrouwt(Path keystore, String wachtwoord) throws Exception {
        KeyStore sleutels = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keystore.toFile())) {
            sleutels.load(in, wachtwoord.toCharArray());
        }
        KeyStore vertrouwd = KeyStore.getInstance(KeyStore.getDefaultType());
        vertrouwd.load(null, null);
        vertrouwd.setCertificateEntry("samenspraak", sleutels.getCertificate("samenspraak"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(vertrouwd);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private static void alleenVoorEigenaar(Path... bestanden) throws IOException {
        for (Path bestand : bestanden) {
            Set<PosixFilePermission> rechten = Files.getPosixFilePermissions(bestand);
            assertFalse(bestand + " is readable by others: " + rechten, rechten.stream().anyMatch(
                    r -> r.name().startsWith("GROUP_") || r.name().startsWith("OTHERS_")));
        }
    }

    private static String basic(String gebruiker, String wachtwoord) {
        return "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
    }

    private static InetAddress adres(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
