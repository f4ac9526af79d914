package nl.samenspraak.itests;

import static org.ops4j.pax.exam.CoreOptions.systemTimeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExamServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Browser tests: boots the real distribution with the demo (Pax Exam in server mode: the tests run in this
 * JVM, outside the container, as a resident's browser does) and drives Chromium against it. Every page a test
 * shows goes through {@link #keur}: axe, unique title, screenshots, and at the end the HTML checker.
 */
public abstract class WebTestSupport {

    @ClassRule
    public static final PaxExamServer EXAM = new PaxExamServer();

    protected static Paginakeuring keuring;
    private static Browser metJs;
    private static Browser zonderJs;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Configuration
    public Option[] configuration() {
        // a busy CI machine can take longer than Pax Exam's default 3 minutes to boot the container
        return SamenspraakTestSupport.distribution(systemTimeout(Duration.ofMinutes(8).toMillis()));
    }

    @BeforeClass
    public static void wachtOpPlatform() throws IOException {
        Duration geduld = Duration.ofMinutes(8);
        SamenspraakTestSupport.awaitNothingMissing("the API is up", geduld, () -> {
            try {
                return http("GET", "/api/v1/gemeenten", null, null).statusCode() == 200 ? "" : "no gemeenten resource yet";
            } catch (UncheckedIOException e) {
                return "no HTTP answer: " + e.getMessage();
            }
        });
        deployDemo();
        SamenspraakTestSupport.awaitNothingMissing("the platform is ready with the demo", geduld,
                WebTestSupport::gereedheid);
        keuring = new Paginakeuring(Path.of(SamenspraakTestSupport.requiredProperty("samenspraak.itest.report")));
    }

    /**
     * Moves the demo into the container's deploy/ the way {@code bin/start-demo} does: only once the platform is
     * up. Present in deploy/ from the start, it raced Pax Exam's own feature install on a busy machine and was
     * left installed but never started. These tests run outside the container: its home is the folder Pax Exam
     * unpacked last under {@code target/exam}.
     */
    private static void deployDemo() throws IOException {
        Path deployment = containerHome().resolve("deploy").resolve("samenspraak-demo.xml");
        if (!Files.exists(deployment)) {
            deploy(Path.of(SamenspraakTestSupport.requiredProperty("samenspraak.demo.deployment")), deployment);
        }
    }

    /**
     * Moves a copy of a file into the container's deploy/ in one step, so that Karaf's poller never sees half of
     * it; returns where it landed (delete it to uninstall).
     */
    protected static Path deploy(Path bestand, String naam) throws IOException {
        return deploy(bestand, containerHome().resolve("deploy").resolve(naam));
    }

    private static Path deploy(Path bestand, Path doel) throws IOException {
        Path temp = Files.createTempFile(doel.getParent().getParent(), "deploy", ".tmp");
        Files.copy(bestand, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, doel, StandardCopyOption.ATOMIC_MOVE);
        return doel;
    }

    /** The home of the running container: the folder Pax Exam unpacked last under {@code target/exam}. */
    protected static Path containerHome() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("target", "exam"))) {
            return folders.filter(f -> Files.isDirectory(f.resolve("deploy")))
                    .max(Comparator.comparing(WebTestSupport::aangemaakt))
                    .orElseThrow(() -> new AssertionError("no container under target/exam"));
        }
    }

    private static FileTime aangemaakt(Path folder) {
        try {
            return Files.readAttributes(folder, BasicFileAttributes.class).creationTime();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterClass
    public static void valideer() {
        try {
            if (metJs != null) {
                metJs.close();
            }
            if (zonderJs != null) {
                zonderJs.close();
            }
        } finally {
            metJs = null;
            zonderJs = null;
        }
        if (keuring != null && keuring.aantal() > 0) {
            keuring.valideerAlles();
        }
    }

    @Before
    public void nieuweSessie() {
        for (Browser browser : new Browser[] { metJs, zonderJs }) {
            if (browser != null) {
                browser.open("/static/samenspraak.css");
                browser.driver().manage().deleteAllCookies();
            }
        }
    }

    /** The browser with JavaScript on (axe runs in it). */
    protected static Browser browser() {
        if (metJs == null) {
            metJs = new Browser(basis(), true);
        }
        return metJs;
    }

    /** The browser with JavaScript off: every task must work without it. */
    protected static Browser zonderJavascript() {
        if (zonderJs == null) {
            zonderJs = new Browser(basis(), false);
        }
        return zonderJs;
    }

    protected static void keur(String naam) {
        keuring.keur(browser(), naam);
    }

    protected static Browser inloggen(Browser browser, String gebruiker, String terug) {
        browser.open("/inloggen?terug=" + java.net.URLEncoder.encode(terug, StandardCharsets.UTF_8));
        return browser.typ("gebruikersnaam", gebruiker).typ("wachtwoord", "demo").druk("Inloggen");
    }

    /**
     * Fetches a link of the page the browser shows, in the browser's session (its cookie), as a download the browser
     * would save: the answer with its bytes.
     */
    protected static HttpResponse<byte[]> download(Browser browser, String href) {
        org.openqa.selenium.Cookie sessie = browser.driver().manage().getCookieNamed("samenspraak-sessie");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(href.startsWith("/") ? basis() + href : href))
                .timeout(Duration.ofSeconds(60)).GET();
        if (sessie != null) {
            request.header("Cookie", "samenspraak-sessie=" + sessie.getValue());
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of each page of a PDF, read by PDFBox as laid out, white space made single spaces. */
    protected static List<String> pdfPaginas(byte[] pdf, String naam) {
        try {
            Files.write(Path.of(SamenspraakTestSupport.requiredProperty("samenspraak.itest.report"), naam + ".pdf"), pdf);
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                List<String> paginas = new java.util.ArrayList<>();
                for (int pagina = 1; pagina <= document.getNumberOfPages(); pagina++) {
                    org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                    stripper.setSortByPosition(true);
                    stripper.setStartPage(pagina);
                    stripper.setEndPage(pagina);
                    paginas.add(stripper.getText(document).replaceAll("[\\s\\u00a0]+", " "));
                }
                return paginas;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String basis() {
        return "http://localhost:" + SamenspraakTestSupport.PORTS.get("samenspraak.itest.http.port");
    }

    private static String gereedheid() {
        try {
            HttpResponse<String> health = http("GET", "/api/v1/health", null, null);
            if (health.statusCode() != 200) {
                return "health " + health.statusCode() + " " + health.body();
            }
            for (String gebruiker : List.of("inwoner-doetinchem", "ambtenaar-doetinchem", "inwoner-denhaag")) {
                if (http("GET", "/api/v1/mij", gebruiker, null).statusCode() != 200) {
                    return "demo user " + gebruiker + " not yet";
                }
            }
            return http("GET", "/", null, null).statusCode() == 200 ? "" : "no page at /";
        } catch (UncheckedIOException e) {
            return "no HTTP answer: " + e.getMessage();
        }
    }

    // ---- the API, to set up what residents then meet on the pages ----

    protected static HttpResponse<String> http(String methode, String pad, String gebruiker, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(basis() + pad)).timeout(Duration.ofSeconds(30))
                .method(methode, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (gebruiker != null) {
            request.header("Authorization", SamenspraakTestSupport.basic(gebruiker, "demo"));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static JsonNode api(String methode, String pad, String gebruiker, String json, int verwacht) {
        HttpResponse<String> response = http(methode, "/api/v1" + pad, gebruiker, json);
        if (response.statusCode() != verwacht) {
            throw new AssertionError(methode + " " + pad + ": expected " + verwacht + ", got " + response.statusCode()
                    + " " + response.body());
        }
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    protected static Map<String, String> map(String... kv) {
        java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }
}
