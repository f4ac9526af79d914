package nl.samenspraak.itests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: Debian's {@code postgresql} binaries, {@code initdb} and
 * {@code pg_ctl} in a temporary directory on a free port, stopped when the test JVM ends. One server per test
 * JVM, a fresh database per {@link #database(String)} call.
 * <p>
 * Never skips: a machine without PostgreSQL fails the tests that need it, with what went wrong ({@code .ci/run}
 * installs the package). {@code initdb} refuses to run as root, so as root every command runs as the
 * {@code postgres} user (which the Debian package creates) through {@code runuser}.
 */
final class PostgresServer {

    static final String DRIVER = "PostgreSQL JDBC Driver";
    static final String USER = "samenspraak";

    private static PostgresServer started;

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asRoot;

    private PostgresServer(Path bin, Path dir, int port, boolean asRoot) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asRoot = asRoot;
    }

    /** The server of this JVM, started on first use. */
    static synchronized PostgresServer get() {
        if (started == null) {
            started = start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop PostgreSQL"));
        }
        return started;
    }

    int port() {
        return port;
    }

    String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Creates an empty database owned by {@link #USER}; answers its name. */
    String database(String name) {
        String database = name.toLowerCase().replaceAll("[^a-z0-9_]", "_");
        run(List.of(bin.resolve("createdb").toString(), "-h", "localhost", "-p", String.valueOf(port), "-U", USER, database), 60);
        return database;
    }

    /** The datasource configuration a hosting provider writes to switch a node to this database. */
    Map<String, String> datasource(String database) {
        return Map.of("osgi.jdbc.driver.name", DRIVER, "url", url(database), "user", USER, "password", "");
    }

    /** A file in the server's own directory, which the server's user may write (for pg_dump). */
    Path bestand(String naam) {
        return dir.resolve(naam);
    }

    /** Runs a PostgreSQL client program of this installation (pg_dump, psql, ...) against this server. */
    String client(List<String> arguments, int timeoutSeconds) {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(arguments.get(0)).toString());
        command.addAll(List.of("-h", "localhost", "-p", String.valueOf(port), "-U", USER));
        command.addAll(arguments.subList(1, arguments.size()));
        return run(command, timeoutSeconds);
    }

    private static PostgresServer start() {
        Path bin = binaries();
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        try {
            Path dir = Files.createTempDirectory("samenspraak-pg");
            int port = freePort();
            PostgresServer server = new PostgresServer(bin, dir, port, asRoot);
            if (asRoot) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                exec(List.of("chown", "postgres:postgres", dir.toString()), 30);
            }
            server.run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
                    "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"), 120);
            // fsync off: the tests kill Karaf nodes, never this server
            server.run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60",
                    "-l", dir.resolve("postgresql.log").toString(), "-o", "-p " + port + " -k " + dir
                            + " -c listen_addresses=localhost -c fsync=off -c max_connections=200",
                    "start"), 90);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL could not be started for the tests: " + e, e);
        }
    }

    /**
     * Sends the server its stop signal without waiting (-W): failsafe gives the test JVM only seconds to exit, and a
     * hook still waiting for PostgreSQL would be killed, leaving the server running.
     */
    void stop() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-W", "stop"), 30);
        } catch (RuntimeException e) {
            System.err.println("PostgresServer: pg_ctl stop failed: " + e.getMessage());
        }
    }

    private String run(List<String> command, int timeoutSeconds) {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        return exec(full, timeoutSeconds);
    }

    private static String exec(List<String> command, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).directory(new File("/tmp")).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            String out = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Debian's /usr/lib/postgresql/<version>/bin, newest first; else pg_config --bindir. */
    private static Path binaries() {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                List<Path> bins = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .sorted(Comparator.comparing((Path b) -> {
                            String v = b.getParent().getFileName().toString();
                            return v.matches("\\d+") ? Integer.parseInt(v) : 0;
                        }).reversed()).toList();
                if (!bins.isEmpty()) {
                    return bins.get(0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return Path.of(exec(List.of("pg_config", "--bindir"), 10).strip());
        } catch (RuntimeException e) {
            throw new IllegalStateException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb, no pg_config): "
                    + "install Debian's postgresql package (.ci/run does) to run the PostgreSQL tests", e);
        }
    }

    private static int freePort() {
        return ApiClient.freePort();
    }
}
