package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.CoreOptions.when;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.DefaultCompositeOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Boots the real distribution (the archive the build just made) with the demo gemeenten deployed the way
 * {@code bin/start-demo} deploys them, waits until the API is ready, and talks to it over HTTP.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public abstract class SamenspraakTestSupport {

    /** A line of karaf.log starts with its timestamp; the lines of a stack trace do not. */
    private static final Pattern LOGREGEL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T");

    protected static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    protected static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> DEMO_USERS = Map.of("beheerder", "\"beheerder\"",
            "ambtenaar-denhaag", "ambtenaar:GM0518", "inwoner-denhaag", "inwoner:GM0518",
            "ambtenaar-doetinchem", "ambtenaar:GM0222", "inwoner-doetinchem", "inwoner:GM0222");

    @Inject
    protected BundleContext bundleContext;


    private final ApiClient api = new ApiClient(SamenspraakTestSupport::httpPort, Duration.ofSeconds(30));

    @Configuration
    public Option[] configuration() {
        return distribution(database());
    }

    /**
     * The real distribution with free ports (each also handed to the probe as a system property, and kept in
     * {@link #PORTS} for tests that run outside the container).
     */
    public static Option[] distribution(Option... extra) {
        File distribution = new File(requiredProperty("samenspraak.distribution"));
        String karaf = requiredProperty("samenspraak.karaf.version");
        Option[] options = options(
                // Pax Exam gives a container 3 minutes to answer by default: too short on a loaded 2-core machine
                systemTimeout(READY_TIMEOUT.multipliedBy(5).toMillis()),
                // -Dsamenspraak.itest.keep=true keeps target/exam/<id> with its data/log for a post-mortem
                when(Boolean.getBoolean("samenspraak.itest.keep")).useOptions(keepRuntimeFolder()),
                karafDistributionConfiguration().frameworkUrl(distribution.toURI().toString())
                        .unpackDirectory(new File("target/exam")).useDeployFolder(false).name("Samenspraak"),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.INFO),
                systemProperty("samenspraak.demo.deployment").value(requiredProperty("samenspraak.demo.deployment")),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        requiredProperty("org.ops4j.pax.url.mvn.localRepository")),
                freePort("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", "samenspraak.itest.http.port"),
                freePort("etc/org.apache.karaf.shell.cfg", "sshPort", "samenspraak.itest.ssh.port"),
                freePort("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "samenspraak.itest.rmi.registry.port"),
                freePort("etc/org.apache.karaf.management.cfg", "rmiServerPort", "samenspraak.itest.rmi.server.port"),
                // Pax Exam does not add the module flags that bin/karaf passes on Java 17; the paths are
                // relative to the unpacked distribution, the container's working directory
                vmOptions("--add-reads=java.xml=java.logging",
                        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                        "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karaf + ".jar",
                        "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karaf + ".jar",
                        "--add-opens", "java.base/java.security=ALL-UNNAMED",
                        "--add-opens", "java.base/java.net=ALL-UNNAMED",
                        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                        "--add-opens", "java.base/java.util=ALL-UNNAMED",
                        "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                        "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                        "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                        "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                        "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                        "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                        "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED"));
        Option[] all = java.util.Arrays.copyOf(options, options.length + extra.length);
        System.arraycopy(extra, 0, all, options.length, extra.length);
        return all;
    }

    /**
     * The database the container runs on: the embedded Derby it ships with. A subclass that runs the same tests on
     * PostgreSQL edits the datasource configuration here, as a hosting provider does (see {@link PostgresServer}).
     */
    protected Option database() {
        return new DefaultCompositeOption();
    }

    /** The datasource configuration of a fresh database on the PostgreSQL server of this test JVM. */
    protected static Option postgres(String database) {
        PostgresServer server = PostgresServer.get();
        return new DefaultCompositeOption(server.datasource(server.database(database)).entrySet().stream()
                .map(e -> editConfigurationFilePut("etc/org.ops4j.datasource-samenspraak.cfg", e.getKey(), e.getValue()))
                .toArray(Option[]::new));
    }

    /** The ports chosen for the container last configured in this JVM, by system property name. */
    public static final Map<String, String> PORTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A free port for the container, also handed to the probe as a system property. */
    private static Option freePort(String file, String key, String systemProperty) {
        String port = String.valueOf(ApiClient.freePort());
        PORTS.put(systemProperty, port);
        return new DefaultCompositeOption(editConfigurationFilePut(file, key, port),
                systemProperty(systemProperty).value(port));
    }

    static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set; run the tests through Maven");
        }
        return value;
    }

    /**
     * Deploys the demo the way {@code bin/start-demo} does: once the platform's boot features are up, never
     * while they start.
     */
    @Before
    public void waitUntilReady() throws IOException {
        awaitNothingMissing("the API is up", READY_TIMEOUT, () -> {
            try {
                return get("/gemeenten").statusCode() == 200 ? "" : "no gemeenten resource yet";
            } catch (UncheckedIOException e) {
                return "no HTTP answer: " + e.getMessage();
            }
        });
        Path deployment = Path.of(System.getProperty("karaf.home"), "deploy", "samenspraak-demo.xml");
        if (!Files.exists(deployment)) {
            Path temp = Files.createTempFile(Path.of(System.getProperty("karaf.data"), "tmp"), "demo", ".tmp");
            Files.copy(Path.of(System.getProperty("samenspraak.demo.deployment")), temp,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, deployment, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        awaitNothingMissing("the API is ready with the demo gemeenten and users", READY_TIMEOUT, this::readiness);
        // the demo's gemeente configurations are written to etc/ and read back by fileinstall just after the demo
        // answers; the update that follows may rebuild the API server for a moment (a full run once saw every budget
        // request of a class answer 404). Ready means ready twice, a few seconds apart, once per container.
        while (!readyAndStable) {
            pause(STABLE_AFTER);
            String missing = readiness();
            if (missing.isEmpty()) {
                readyAndStable = true;
            } else {
                awaitNothingMissing("the API is ready again after a late change (" + missing + ")", READY_TIMEOUT, this::readiness);
            }
        }
    }

    private static final Duration STABLE_AFTER = Duration.ofSeconds(3);
    private static boolean readyAndStable;

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What still keeps the platform from being ready for the tests; empty when it is ready. */
    private String readiness() {
        try {
            HttpResponse<String> health = get("/health");
            if (health.statusCode() != 200) {
                return "health " + health.statusCode() + " " + health.body();
            }
            for (String code : List.of("GM0222", "GM0518")) {
                if (get("/gemeenten/" + code).statusCode() != 200) {
                    return code + " not served yet";
                }
            }
            // the demo bundle adds its users one write at a time: wait until each has its role
            for (Map.Entry<String, String> user : DEMO_USERS.entrySet()) {
                HttpResponse<String> mij = get("/mij", user.getKey(), "demo");
                if (mij.statusCode() != 200 || !mij.body().contains(user.getValue())) {
                    return "demo user " + user.getKey() + ": " + mij.statusCode() + " " + mij.body();
                }
            }
            return "";
        } catch (UncheckedIOException e) {
            return "no HTTP answer: " + e.getMessage();
        }
    }

    // ---- HTTP ----

    protected HttpResponse<String> get(String path) {
        return api.get(path);
    }

    protected HttpResponse<String> get(String path, String user, String password) {
        return api.get(path, user, password);
    }

    /** POSTs JSON as a demo user (password demo), or anonymously when {@code user} is null. */
    protected HttpResponse<String> post(String path, String user, String body) {
        return api.post(path, user, body);
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) {
        return api.send(request);
    }

    protected static URI uri(String path) {
        return ApiClient.uri(httpPort(), path);
    }

    private static int httpPort() {
        return Integer.parseInt(System.getProperty("samenspraak.itest.http.port"));
    }

    protected static String basic(String user, String password) {
        return ApiClient.basic(user, password);
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return ApiClient.json(response);
    }

    /**
     * Asserts 201 and that its {@code Location}, when it names one, answers 200 to the same credentials: a
     * newcomer follows it and once found a 404 for a new zienswijze or plan.
     */
    protected HttpResponse<String> assertCreatedAtItsLocation(HttpResponse<String> response) {
        assertEquals(response.body(), 201, response.statusCode());
        response.headers().firstValue("Location").ifPresent(location -> {
            HttpRequest.Builder volg = HttpRequest.newBuilder(URI.create(location)).GET();
            response.request().headers().firstValue("Authorization").ifPresent(a -> volg.header("Authorization", a));
            HttpResponse<String> daar = send(volg);
            assertEquals("GET " + location + ", the Location of " + response.request().method() + " " + response.uri()
                    + ": " + daar.body(), 200, daar.statusCode());
            String id = json(response).path("id").asText();
            assertTrue("the Location " + location + " shows what was created (" + id + "): " + daar.body(),
                    daar.body().contains("\"" + id + "\""));
        });
        return response;
    }

    /** Asserts an RFC 9457 problem with this status, the API-Version header, and returns it. */
    protected static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("API-Version").isPresent());
        JsonNode problem = json(response);
        assertEquals(status, problem.path("status").asInt());
        assertTrue(problem.path("type").asText().startsWith("https://"));
        assertTrue(problem.path("title").isTextual());
        assertTrue(problem.path("detail").isTextual());
        return problem;
    }

    // ---- waiting without sleeping blindly ----

    protected static void await(String what, Duration timeout, BooleanSupplier condition) {
        awaitNothingMissing(what, timeout, () -> condition.getAsBoolean() ? "" : "not yet");
    }

    /** Polls until {@code missing} answers empty; on time-out the failure says what was still missing. */
    protected static void awaitNothingMissing(String what, Duration timeout, Supplier<String> missing) {
        Polling.awaitNothingMissing(what, timeout, missing, SamenspraakTestSupport::lastLogLines);
    }

    /**
     * The ERROR and WARN lines of the container's log, and the exception chain of its first ERROR with a stack trace,
     * so a failure in CI explains itself (CI keeps the test output, not the container's log).
     */
    private static String lastLogLines() {
        Path log = Path.of(System.getProperty("karaf.data", "data"), "log", "karaf.log");
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.collect(Collectors.toList());
            List<String> problems = all.stream().filter(l -> l.contains("| ERROR |") || l.contains("| WARN  |"))
                    .collect(Collectors.toList());
            return "\nERROR/WARN lines of " + log + " (last 30):\n"
                    + String.join("\n", problems.subList(Math.max(0, problems.size() - 30), problems.size()))
                    + firstErrorChain(all);
        } catch (IOException | RuntimeException e) {
            return " (no log at " + log + ": " + e + ")";
        }
    }

    /** The exception chain of the first ERROR that has a stack trace: each exception with its first three frames. */
    private static String firstErrorChain(List<String> log) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).contains("| ERROR |")) {
                List<String> keten = exceptionChain(log, i + 1);
                if (!keten.isEmpty()) {
                    return "\nException chain of the first ERROR with a stack trace (" + log.get(i).substring(0, 23) + "):\n"
                            + String.join("\n", keten);
                }
            }
        }
        return "";
    }

    private static List<String> exceptionChain(List<String> log, int vanaf) {
        List<String> keten = new ArrayList<>();
        int frames = 0;
        for (int i = vanaf; i < log.size() && !LOGREGEL.matcher(log.get(i)).lookingAt(); i++) {
            String regel = log.get(i);
            boolean frame = regel.startsWith("\tat ") || regel.startsWith("\t...");
            frames = frame ? frames + 1 : 0;
            if (!frame || frames <= 3) {
                keten.add(regel);
            }
        }
        return keten;
    }

    // ---- bundles ----

    protected List<String> unresolvedBundles() {
        return Stream.of(bundleContext.getBundles()).filter(b -> b.getState() == Bundle.INSTALLED)
                .map(b -> b.getSymbolicName() + " " + b.getVersion()).collect(Collectors.toList());
    }

    protected List<Bundle> samenspraakBundles() {
        return Stream.of(bundleContext.getBundles()).filter(b -> b.getSymbolicName().startsWith("nl.samenspraak."))
                .collect(Collectors.toList());
    }
}
