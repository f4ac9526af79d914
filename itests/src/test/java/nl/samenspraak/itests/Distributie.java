package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The built distribution unpacked in a temporary directory and run as a hosting provider runs it
 * ({@code bin/start-demo}, {@code bin/stop}, {@code bin/start}) on free ports, for the plain JUnit tests that
 * need real JVM exits and restarts. {@link #close()} stops its own Karaf (by its pid file only) and deletes the
 * directory, unless {@code -Dsamenspraak.itest.keep=true}.
 */
final class Distributie implements AutoCloseable {

    static final Duration START = Duration.ofSeconds(Long.getLong("samenspraak.itest.start.seconds", 420));
    static final Duration STOP = Duration.ofSeconds(180);
    static final String DATASOURCE = "etc/org.ops4j.datasource-samenspraak.cfg";
    private static final String HOSTINGPARTIJ = "hostingpartij";
    private static final String HOSTINGPARTIJ_WACHTWOORD = "test-beheer-" + Long.toHexString(System.nanoTime());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String naam;
    private final Path temp;
    final Path home;
    final int port;
    private int sshPort;

    private Distributie(String naam, Path temp, Path home, int port) {
        this.naam = naam;
        this.temp = temp;
        this.home = home;
        this.port = port;
    }

    /** Unpacks the archive the build made, with free HTTP, SSH and RMI ports. */
    static Distributie uitpakken(String naam) throws Exception {
        String archive = System.getProperty("samenspraak.distribution");
        if (archive == null || !new File(archive).isFile()) {
            fail("System property samenspraak.distribution does not name the built archive (" + archive
                    + "); run the tests through Maven after the assembly is built");
        }
        Path temp = Files.createTempDirectory("samenspraak-" + naam);
        Process tar = new ProcessBuilder("tar", "xzf", archive, "-C", temp.toString()).redirectErrorStream(true).start();
        String out = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("tar did not finish", tar.waitFor(300, TimeUnit.SECONDS));
        assertEquals("tar xzf " + archive + ": " + out, 0, tar.exitValue());
        Path home;
        try (Stream<Path> children = Files.list(temp)) {
            List<Path> dirs = children.filter(Files::isDirectory).toList();
            assertEquals("one top directory in " + archive + ": " + dirs, 1, dirs.size());
            home = dirs.get(0);
        }
        Distributie d = new Distributie(naam, temp, home, freePort());
        d.zet("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(d.port));
        d.sshPort = freePort();
        d.zet("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(d.sshPort));
        d.zet("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort()));
        d.zet("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort()));
        return d;
    }

    /** Points the node at another database by editing its datasource configuration, as a provider does. */
    void database(Map<String, String> datasource) throws IOException {
        for (Map.Entry<String, String> e : datasource.entrySet()) {
            zet(DATASOURCE, e.getKey(), e.getValue());
        }
    }

    /** Replaces {@code key = ...} in a configuration file, or adds it. */
    void zet(String file, String key, String value) throws IOException {
        Path cfg = home.resolve(file);
        List<String> lines = Files.exists(cfg) ? new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8)) : new ArrayList<>();
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*" + Pattern.quote(key) + "\\s*[=:].*")) {
                lines.set(i, key + " = " + value);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(key + " = " + value);
        }
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    void startDemo() throws Exception {
        run("bin/start-demo", START.plusSeconds(60), Map.of("SAMENSPRAAK_HTTP_PORT", String.valueOf(port),
                "SAMENSPRAAK_START_TIMEOUT", String.valueOf(START.toSeconds())));
    }

    /** {@code bin/start} and waits until the node is ready with its demo users. */
    void start() throws Exception {
        Files.deleteIfExists(home.resolve("karaf.pid"));
        run("bin/start", Duration.ofSeconds(60), Map.of());
        awaitReady();
    }

    void stop() throws Exception {
        long pid = pid();
        run("bin/stop", STOP, Map.of());
        Optional<ProcessHandle> jvm = ProcessHandle.of(pid);
        awaitNothingMissing("the Karaf JVM " + pid + " has exited after bin/stop", STOP,
                () -> jvm.map(ProcessHandle::isAlive).orElse(false) ? "still running" : "");
    }

    /** Gives the hosting provider an account in the SSH shell (etc/users.properties); before the first start. */
    void hostingpartij() throws IOException {
        Files.writeString(home.resolve("etc/users.properties"), "\n" + HOSTINGPARTIJ + " = " + HOSTINGPARTIJ_WACHTWOORD
                + ",_g_:admingroup\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /**
     * Runs a shell command over SSH as the {@link #hostingpartij()} with {@code bin/client} in batch mode (the
     * command on standard input, as docs/hosting.md shows); its output.
     */
    String shell(String command) throws Exception {
        Process client = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort), "-u",
                HOSTINGPARTIJ, "-p", HOSTINGPARTIJ_WACHTWOORD, "-r", "3", "-b").directory(home.toFile())
                .redirectErrorStream(true).start();
        try (var invoer = client.getOutputStream()) {
            invoer.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("bin/client " + command + " did not finish", client.waitFor(120, TimeUnit.SECONDS));
        assertEquals("bin/client " + command + ": " + output, 0, client.exitValue());
        return output;
    }

    /** Gives someone an account in the SSH shell with these roles or groups (etc/users.properties); before the first start. */
    void shellgebruiker(String naam, String wachtwoord, String rollen) throws IOException {
        Files.writeString(home.resolve("etc/users.properties"), "\n" + naam + " = " + wachtwoord + "," + rollen + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /**
     * Runs {@code bin/client -u naam -p wachtwoord 'command'} as a script, cron job or CI step does: the command as
     * an argument and nothing on standard input (it is closed at once). Its exit code and output (both streams).
     */
    Uitvoer client(String naam, String wachtwoord, String command) throws Exception {
        Process client = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort), "-u", naam,
                "-p", wachtwoord, "-r", "3", command).directory(home.toFile()).redirectErrorStream(true).start();
        client.getOutputStream().close();
        String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("bin/client " + command + " did not finish", client.waitFor(120, TimeUnit.SECONDS));
        return new Uitvoer(client.exitValue(), output);
    }

    record Uitvoer(int exit, String tekst) {
    }

    /** SIGKILL to this node's JVM, as a crash: no shutdown hook runs. */
    void kill9() throws Exception {
        long pid = pid();
        Process kill = new ProcessBuilder("kill", "-9", String.valueOf(pid)).start();
        assertTrue(kill.waitFor(30, TimeUnit.SECONDS));
        Optional<ProcessHandle> jvm = ProcessHandle.of(pid);
        awaitNothingMissing("the Karaf JVM " + pid + " is gone after kill -9", Duration.ofSeconds(30),
                () -> jvm.map(ProcessHandle::isAlive).orElse(false) ? "still running" : "");
    }

    /** The Karaf JVM's pid, from the pid file it writes. */
    long pid() throws IOException {
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

    void awaitReady() {
        awaitNothingMissing(naam + " is ready with its demo users", START, () -> {
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

    /** Runs a script of the distribution to its end and fails unless it exits 0; its output goes to target/<name>-<script>.log. */
    void run(String script, Duration timeout, Map<String, String> env) throws Exception {
        Uitvoer uitvoer = voerUit(script, timeout, env);
        if (uitvoer.exit() != 0) {
            fail(script + " exited with " + uitvoer.exit() + ": " + uitvoer.tekst() + logTail());
        }
    }

    /** Runs a script of the distribution to its end, whatever its exit code; its output, also appended to target/<name>-<script>.log. */
    Uitvoer voerUit(String script, Duration timeout, Map<String, String> env) throws Exception {
        File log = new File("target", naam + "-" + script.replace('/', '-') + ".log");
        long eerder = log.length();
        ProcessBuilder builder = new ProcessBuilder(home.resolve(script).toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(script + " did not finish within " + timeout.toSeconds() + " s (output in " + log.getAbsolutePath() + ")"
                    + threadDump() + logTail());
        }
        byte[] alles = Files.readAllBytes(log.toPath());
        return new Uitvoer(process.exitValue(), new String(alles, (int) eerder, alles.length - (int) eerder, StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        try {
            stopQuietly();
        } finally {
            if (Boolean.getBoolean("samenspraak.itest.keep")) {
                System.out.println(naam + ": kept " + temp);
            } else {
                delete(temp);
            }
        }
    }

    /** Stops the container of this distribution, by its own pid only, and waits for the JVM to go. */
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
            System.err.println(naam + ": bin/stop failed (" + e + "); ending the container's JVM");
            jvm.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    void awaitNothingMissing(String what, Duration timeout, Supplier<String> missing) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String stillMissing;
        while (!(stillMissing = missing.get()).isEmpty()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out after " + timeout.toSeconds() + " s waiting until " + what + "; still: " + stillMissing + logTail());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("Interrupted while waiting until " + what);
            }
        }
    }

    /** Where the container's threads are, written to target/ when it hangs: a hang without one cannot be explained. */
    private String threadDump() {
        Path karafPid = home.resolve("karaf.pid");
        File dump = new File("target", naam + "-threads.txt");
        try {
            if (!Files.exists(karafPid)) {
                return "\n(no karaf.pid, so no thread dump)";
            }
            Process jcmd = new ProcessBuilder("jcmd", Files.readString(karafPid).strip(), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(dump).start();
            return jcmd.waitFor(60, TimeUnit.SECONDS) ? "\nThread dump of the container: " + dump.getAbsolutePath()
                    : "\n(jcmd did not finish within 60 s)";
        } catch (IOException e) {
            return "\n(no thread dump: " + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "\n(thread dump interrupted)";
        }
    }

    /** The log of the container. */
    String log() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** The last lines of the container's log, so a failure explains itself. */
    String logTail() {
        Path log = home.resolve("data/log/karaf.log");
        if (!Files.exists(log)) {
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

    static int freePort() {
        return ApiClient.freePort();
    }

    static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }

    /** The response when it has this status; otherwise a failure with the request, the answer and the log's tail. */
    HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            fail(response.request().method() + " " + response.uri() + ": expected " + status + ", got " + response.statusCode()
                    + " " + response.body() + logTail());
        }
        return response;
    }

    /** The {@code id} of what the request created, which answered with this status. */
    String id(int status, HttpResponse<String> response) {
        return ApiClient.json(expect(status, response)).get("id").asText();
    }

    // ---- HTTP, as the demo users (password demo) or anonymously with user null

    HttpResponse<String> get(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return send(request);
    }

    HttpResponse<String> post(String path, String user, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return send(request);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + "/api/v1" + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
