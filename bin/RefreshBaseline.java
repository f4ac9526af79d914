import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Records the exported API of the bundles just built as the baseline the build checks against (run by
 * {@code bin/refresh-baseline}, which builds them first).
 * <p>
 * Every main jar under a module's {@code target/} whose manifest exports packages is copied, with its SHA-1,
 * into {@code baseline/nl/samenspraak/baseline/<artifactId>/<version>/}, a Maven repository layout; the
 * previous baseline is removed, {@code baseline/packages.txt} lists every exported package with its version
 * (so a review sees the contract change as a diff), and the root pom's {@code samenspraak.baseline.version}
 * is set to the new version. The version is new on every refresh because Maven keeps a resolved release in
 * the local repository for good: a refreshed jar under an old version would never be read again.
 */
public class RefreshBaseline {

    private static final String GROUP_PATH = "nl/samenspraak/baseline";
    private static final Pattern VERSION_PROPERTY = Pattern
            .compile("<samenspraak\\.baseline\\.version>[^<]*</samenspraak\\.baseline\\.version>");

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path pom = root.resolve("pom.xml");
        Path repository = root.resolve("baseline");
        String version = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd.HHmmss"));

        List<Exporter> exporters = exporters(root);
        if (exporters.isEmpty()) {
            throw new IllegalStateException("No built bundle under " + root + " exports a package: build first");
        }
        deleteTree(repository.resolve(GROUP_PATH));
        TreeMap<String, String> packages = new TreeMap<>();
        for (Exporter exporter : exporters) {
            Path dir = repository.resolve(GROUP_PATH).resolve(exporter.artifactId()).resolve(version);
            Files.createDirectories(dir);
            Path jar = dir.resolve(exporter.artifactId() + "-" + version + ".jar");
            Files.copy(exporter.jar(), jar);
            Files.writeString(dir.resolve(jar.getFileName() + ".sha1"), sha1(jar), StandardCharsets.US_ASCII);
            exporter.packages().forEach((pkg, v) -> packages.put(pkg, v + "  " + exporter.artifactId()));
            System.out.println("recorded " + root.relativize(exporter.jar()) + " -> " + root.relativize(jar));
        }
        StringBuilder list = new StringBuilder("# Exported packages of baseline " + version
                + " (written by bin/refresh-baseline): package, version, bundle\n");
        packages.forEach((pkg, rest) -> list.append(pkg).append("  ").append(rest).append('\n'));
        Files.writeString(repository.resolve("packages.txt"), list, StandardCharsets.UTF_8);

        String text = Files.readString(pom, StandardCharsets.UTF_8);
        Matcher property = VERSION_PROPERTY.matcher(text);
        if (!property.find()) {
            throw new IllegalStateException(pom + " has no <samenspraak.baseline.version> property");
        }
        Files.writeString(pom, property.replaceFirst("<samenspraak.baseline.version>" + version
                + "</samenspraak.baseline.version>"), StandardCharsets.UTF_8);
        System.out.println("baseline " + version + ": " + exporters.size() + " bundles, " + packages.size()
                + " packages (baseline/packages.txt); pom.xml's samenspraak.baseline.version set");
    }

    record Exporter(String artifactId, Path jar, TreeMap<String, String> packages) {
    }

    /** The main artifact of every module built under root whose manifest has an Export-Package header. */
    private static List<Exporter> exporters(Path root) throws IOException {
        List<Exporter> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(p -> p.getParent().getFileName().toString().equals("target"))
                    .filter(p -> !root.relativize(p).startsWith("baseline") && !root.relativize(p).startsWith(".git"))
                    .sorted().toList();
            for (Path jar : jars) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    String exports = file.getManifest() == null ? null
                            : file.getManifest().getMainAttributes().getValue("Export-Package");
                    Properties pom = mavenDescriptor(file);
                    if (exports == null || pom == null) {
                        continue;
                    }
                    String artifactId = pom.getProperty("artifactId");
                    // only the module's main artifact, never a classified or test jar beside it
                    if (!jar.getFileName().toString().equals(artifactId + "-" + pom.getProperty("version") + ".jar")) {
                        continue;
                    }
                    found.add(new Exporter(artifactId, jar, packages(exports)));
                }
            }
        }
        return found;
    }

    private static Properties mavenDescriptor(JarFile file) throws IOException {
        var entry = file.stream().filter(e -> e.getName().startsWith("META-INF/maven/")
                && e.getName().endsWith("/pom.properties")).findFirst();
        if (entry.isEmpty()) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = file.getInputStream(entry.get())) {
            properties.load(in);
        }
        return properties;
    }

    /** Package name to version from an Export-Package header (commas inside quotes belong to attributes). */
    static TreeMap<String, String> packages(String header) {
        TreeMap<String, String> packages = new TreeMap<>();
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        clauses.add(clause.toString());
        Pattern version = Pattern.compile(";\\s*version\\s*=\\s*\"?([^\";]+)\"?");
        for (String c : clauses) {
            String name = c.split(";", 2)[0].trim();
            Matcher m = version.matcher(c);
            packages.put(name, m.find() ? m.group(1) : "0.0.0");
        }
        return packages;
    }

    private static String sha1(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(Files.readAllBytes(file)));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
