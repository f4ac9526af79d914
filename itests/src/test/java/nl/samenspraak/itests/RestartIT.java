package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Data survives a restart of the distribution: the built archive is unpacked and run as a hosting provider
 * runs it ({@code bin/start-demo}, {@code bin/stop}, {@code bin/start}), on free ports. What was stored
 * before the stop (a budget and its ledger, a subsidieaanvraag with its besluit, an inspraak with a
 * zienswijze) is read again after the restart: the same ids, statuses, reasons and ledger.
 * <p>
 * Plain JUnit, no Pax Exam: the point is the real scripts and a real JVM exit. Timeouts are generous for a
 * slow, shared machine; a failure quotes the tail of {@code data/log/karaf.log}.
 */
public class RestartIT {

    private static final Duration START = Duration.ofSeconds(Long.getLong("samenspraak.itest.start.seconds", 420));
    private static final Duration STOP = Duration.ofSeconds(180);
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Path home;
    private int port;
    private final ApiClient api = new ApiClient(() -> port, Duration.ofSeconds(60));

    @Test
    public void dataSurvivesARestartOfTheDistribution() throws Exception {
        Path temp = Files.createTempDirectory("samenspraak-restart");
        boolean keep = Boolean.getBoolean("samenspraak.itest.keep");
        try {
            home = unpack(temp);
            port = ApiClient.freePort();
            setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", port);
            setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", ApiClient.freePort());
            setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", ApiClient.freePort());
            setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", ApiClient.freePort());

            run("bin/start-demo", START.plusSeconds(60), Map.of("SAMENSPRAAK_HTTP_PORT", String.valueOf(port),
                    "SAMENSPRAAK_START_TIMEOUT", String.valueOf(START.toSeconds())));
            long firstPid = pid();

            Gegevens voor = maakGegevens();
            Map<String, String> beeld = momentopname(voor);

            stop(firstPid);
            run("bin/start", Duration.ofSeconds(60), Map.of());
            awaitReady();
            assertTrue("a new JVM serves after the restart", pid() != firstPid);

            Map<String, String> daarna = momentopname(voor);
            for (String pad : beeld.keySet()) {
                assertEquals("after the restart, " + pad + logTail(), beeld.get(pad), daarna.get(pad));
            }
            // the content, not only its equality: the besluit's reasons and the ledger are really there
            JsonNode aanvraag = json(get("/gemeenten/GM0222/subsidieaanvragen/" + voor.aanvraag, "ambtenaar-doetinchem"));
            assertEquals("verleend", aanvraag.at("/aanvraag/status").asText());
            assertEquals(voor.besluit, aanvraag.at("/besluiten/0/id").asText());
            assertEquals(voor.redenen, aanvraag.at("/besluiten/0/redenen").toString());
            JsonNode boekingen = json(get("/gemeenten/GM0222/budgetten/" + voor.budget + "/boekingen", "ambtenaar-doetinchem"))
                    .get("boekingen");
            assertEquals(boekingen.toString(), 1, boekingen.size());
            assertEquals("toekenning", boekingen.get(0).get("soort").asText());
            assertEquals("400.00", boekingen.get(0).get("bedrag").asText());
            assertEquals(voor.aanvraag, boekingen.get(0).get("referentie").asText());
            JsonNode zienswijzen = json(get("/gemeenten/GM0222/inspraak/" + voor.inspraak + "/zienswijzen", "ambtenaar-doetinchem"))
                    .get("zienswijzen");
            assertEquals(voor.zienswijze, zienswijzen.get(0).get("id").asText());
            assertEquals("Meer bomen in het park", zienswijzen.get(0).get("inhoud").asText());
        } finally {
            try {
                if (home != null) {
                    stopQuietly();
                }
            } finally {
                if (!keep) {
                    delete(temp);
                } else {
                    System.out.println("RestartIT: kept " + temp);
                }
            }
        }
    }

    // ---- the data

    record Gegevens(String budget, String aanvraag, String besluit, String redenen, String inspraak, String zienswijze) {
    }

    private Gegevens maakGegevens() {
        LocalDate vandaag = LocalDate.now(NEDERLAND);
        String pad = "/gemeenten/GM0222";
        String budget = id(201, post(pad + "/budgetten", "ambtenaar-doetinchem", "{\"naam\":\"Bewonersinitiatieven Doetinchem\","
                + "\"regeling\":\"bewonersinitiatief\",\"van\":\"" + vandaag.withDayOfYear(1) + "\",\"tot\":\""
                + vandaag.withDayOfYear(1).plusYears(1).minusDays(1) + "\",\"plafond\":\"5000.00\"}"));
        String aanvraag = id(201, post(pad + "/subsidieaanvragen", "inwoner-doetinchem", "{\"regeling\":\"bewonersinitiatief\","
                + "\"titel\":\"Buurtfeest De Huet\",\"omschrijving\":\"Een feest voor de hele buurt\",\"activiteitOp\":\""
                + vandaag.plusDays(30) + "\",\"gevraagd\":\"400.00\",\"schaal\":\"buurt\",\"leeftijdAanvrager\":40,"
                + "\"kenmerken\":[\"openbaar_toegankelijk\"]}"));
        HttpResponse<String> besluitAntwoord = post(pad + "/subsidieaanvragen/" + aanvraag + "/besluit", "ambtenaar-doetinchem", "{}");
        JsonNode besluit = json(expect(200, besluitAntwoord));
        assertEquals(besluit.toString(), "toegekend", besluit.get("uitkomst").asText());
        String inspraak = id(201, post(pad + "/inspraak", "ambtenaar-doetinchem", "{\"titel\":\"Ontwerp groenbeleid\","
                + "\"omschrijving\":\"Ontwerpnota\",\"besluitsoort\":\"beleidsnota\",\"onderwerp\":\"overig\",\"terInzageVanaf\":\""
                + vandaag + "\"}"));
        String zienswijze = id(201, post(pad + "/inspraak/" + inspraak + "/zienswijzen", "inwoner-doetinchem",
                "{\"inhoud\":\"Meer bomen in het park\",\"leeftijd\":40}"));
        return new Gegevens(budget, aanvraag, besluit.get("id").asText(), besluit.get("redenen").toString(), inspraak, zienswijze);
    }

    /** Everything the gemeente's civil servant can read of it; every read must succeed. */
    private Map<String, String> momentopname(Gegevens g) {
        String pad = "/gemeenten/GM0222";
        Map<String, String> beeld = new LinkedHashMap<>();
        for (String p : List.of(pad + "/budgetten/" + g.budget(), pad + "/budgetten/" + g.budget() + "/boekingen",
                pad + "/subsidieaanvragen/" + g.aanvraag(), pad + "/initiatieven/" + g.aanvraag() + "/overgangen",
                pad + "/initiatieven/" + g.aanvraag() + "/besluiten", pad + "/initiatieven/" + g.aanvraag() + "/deelnemers",
                pad + "/inspraak/" + g.inspraak(), pad + "/inspraak/" + g.inspraak() + "/zienswijzen", pad + "/initiatieven")) {
            beeld.put(p, json(expect(200, get(p, "ambtenaar-doetinchem"))).toString());
        }
        return beeld;
    }

    // ---- the distribution as a process

    private Path unpack(Path temp) throws Exception {
        String archive = System.getProperty("samenspraak.distribution");
        if (archive == null || !new File(archive).isFile()) {
            fail("System property samenspraak.distribution does not name the built archive (" + archive
                    + "); run the tests through Maven after the assembly is built");
        }
        Process tar = new ProcessBuilder("tar", "xzf", archive, "-C", temp.toString()).redirectErrorStream(true).start();
        String out = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("tar did not finish", tar.waitFor(300, TimeUnit.SECONDS));
        assertEquals("tar xzf " + archive + ": " + out, 0, tar.exitValue());
        try (Stream<Path> children = Files.list(temp)) {
            List<Path> dirs = children.filter(Files::isDirectory).toList();
            assertEquals("one top directory in " + archive + ": " + dirs, 1, dirs.size());
            return dirs.get(0);
        }
    }

    /** Replaces {@code key = ...} in a configuration file, or adds it. */
    private void setProperty(String file, String key, int value) throws IOException {
        Path cfg = home.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8));
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*[=:].*")) {
                lines.set(i, key + " = " + value);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(key + " = " + value);
        }
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    /** Runs a script of the distribution to its end; its output goes to target/restart-<script>.log. */
    private void run(String script, Duration timeout, Map<String, String> env) throws Exception {
        File log = new File("target", "restart-" + script.replace('/', '-') + ".log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve(script).toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(script + " did not finish within " + timeout.toSeconds() + " s (output in " + log.getAbsolutePath() + ")"
                    + logTail());
        }
        if (process.exitValue() != 0) {
            fail(script + " exited with " + process.exitValue() + ": " + Files.readString(log.toPath()) + logTail());
        }
    }

    /** The Karaf JVM's pid, from the pid file it writes. */
    private long pid() throws IOException {
        Path file = home.resolve("karaf.pid");
        awaitNothingMissing("karaf.pid is written", Duration.ofSeconds(60), () -> {
            try {
                return Files.exists(file) && !Files.readString(file).isBlank() ? "" : "no " + file;
            } catch (IOException e) {
                return e.toString();
            }
        });
        return Long.parseLong(Files.readString(file).strip());
    }

    private void stop(long pid) throws Exception {
        run("bin/stop", STOP, Map.of());
        Optional<ProcessHandle> jvm = ProcessHandle.of(pid);
        awaitNothingMissing("the Karaf JVM " + pid + " has exited after bin/stop", STOP,
                () -> jvm.map(ProcessHandle::isAlive).orElse(false) ? "still running" : "");
    }

    /** In finally: stops the container this test started, by its own pid only, and waits for the JVM to go. */
    private void stopQuietly() {
        Optional<ProcessHandle> jvm = Optional.empty();
        try {
            Path file = home.resolve("karaf.pid");
            if (Files.exists(file)) {
                jvm = ProcessHandle.of(Long.parseLong(Files.readString(file).strip()));
            }
            if (jvm.map(ProcessHandle::isAlive).orElse(false)) {
                run("bin/stop", STOP, Map.of());
                jvm.get().onExit().get(STOP.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (Exception | AssertionError e) {
            System.err.println("RestartIT: bin/stop failed (" + e + "); ending the container's JVM");
            jvm.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private void awaitReady() {
        awaitNothingMissing("the restarted platform is ready with its demo users", START, () -> {
            try {
                HttpResponse<String> health = get("/health", null);
                if (health.statusCode() != 200) {
                    return "health " + health.statusCode() + " " + health.body();
                }
                HttpResponse<String> mij = get("/mij", "ambtenaar-doetinchem");
                if (mij.statusCode() != 200 || !mij.body().contains("ambtenaar:GM0222")) {
                    return "ambtenaar-doetinchem: " + mij.statusCode() + " " + mij.body();
                }
                HttpResponse<String> inwoner = get("/mij", "inwoner-doetinchem");
                return inwoner.statusCode() == 200 ? "" : "inwoner-doetinchem: " + inwoner.statusCode();
            } catch (UncheckedIOException e) {
                return "no HTTP answer: " + e.getMessage();
            }
        });
    }

    private void awaitNothingMissing(String what, Duration timeout, Supplier<String> missing) {
        Polling.awaitNothingMissing(what, timeout, missing, this::logTail);
    }

    /** The last lines of the container's log, so a failure explains itself. */
    private String logTail() {
        Path log = home == null ? null : home.resolve("data/log/karaf.log");
        if (log == null || !Files.exists(log)) {
            return "\n(no log at " + log + ")";
        }
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\nLast 60 lines of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60),
                    lines.size()));
        } catch (IOException | RuntimeException e) {
            return "\n(log at " + log + " unreadable: " + e + ")";
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("RestartIT: could not delete " + dir + ": " + e);
        }
    }

    // ---- HTTP

    /** GET as a demo user, or anonymously when {@code user} is null. */
    private HttpResponse<String> get(String path, String user) {
        return user == null ? api.get(path) : api.get(path, user, ApiClient.DEMO_PASSWORD);
    }

    private HttpResponse<String> post(String path, String user, String body) {
        return api.post(path, user, body);
    }

    private HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            fail(response.request().method() + " " + response.uri() + ": expected " + status + ", got " + response.statusCode()
                    + " " + response.body() + logTail());
        }
        return response;
    }

    private String id(int status, HttpResponse<String> response) {
        return json(expect(status, response)).get("id").asText();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return ApiClient.json(response);
    }
}
