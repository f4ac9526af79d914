package nl.samenspraak.core.internal.regels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The platform's start, as a transition of the {@link Overbrugging bridge}: the API answers before the
 * gemeente bundles in {@code deploy/} run (the distribution opens {@code deploy/} once the boot features are in,
 * see {@link DeployOpener}, and fileinstall installs and starts them some hundreds of milliseconds later), so a
 * request in between would find no rules and answer 503. Until Karaf's boot features are in and every jar in
 * {@code deploy/} runs as a bundle that has settled (or {@code opstart.ms} after the boot features are in), lookups
 * that find nothing wait, each at most the bridge time.
 */
final class Opstart {

    /** The bridge knows transitions by bundle id; no bundle has this one. */
    static final long ID = -1;
    static final String NAAM = "the platform's start";
    /** Registered by Karaf's features service once every boot feature is installed. */
    static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";

    private final Optional<Path> deploy;
    private final BooleanSupplier opgestart;
    private final Function<Path, Optional<Long>> bundelVan;
    private final LongPredicate klaar;

    /**
     * @param deploy the folder whose jars are installed at start, if any
     * @param opgestart whether the boot features are in
     * @param bundelVan the id of the bundle installed from a jar, if installed
     * @param klaar whether a bundle has settled
     */
    Opstart(Optional<Path> deploy, BooleanSupplier opgestart, Function<Path, Optional<Long>> bundelVan, LongPredicate klaar) {
        this.deploy = deploy;
        this.opgestart = opgestart;
        this.bundelVan = bundelVan;
        this.klaar = klaar;
    }

    static Opstart in(BundleContext context, Optional<Path> deploy, LongPredicate klaar) {
        return new Opstart(deploy, () -> context.getServiceReference(BOOT_FINISHED) != null,
                jar -> Stream.of(context.getBundles()).filter(b -> vanJar(b, jar)).map(Bundle::getBundleId).findFirst(),
                klaar);
    }

    /** The deploy folder: {@code map} if set, else {@code deploy/} of the Karaf installation, if any. */
    static Optional<Path> deploy(String map) {
        if (map != null && !map.isBlank()) {
            return Optional.of(Path.of(map));
        }
        return Optional.ofNullable(System.getProperty("karaf.base")).map(base -> Path.of(base, "deploy"));
    }

    /** Whether Karaf is still installing its boot features. */
    boolean bezig() {
        return !opgestart.getAsBoolean();
    }

    /** Whether the start is over: the boot features are in, and every jar in deploy/ runs as a settled bundle. */
    boolean klaar() {
        if (bezig()) {
            return false;
        }
        for (Path jar : jars()) {
            Optional<Long> bundel = bundelVan.apply(jar);
            if (bundel.isEmpty() || !klaar.test(bundel.get())) {
                return false;
            }
        }
        return true;
    }

    private List<Path> jars() {
        if (deploy.isEmpty() || !Files.isDirectory(deploy.get())) {
            return List.of();
        }
        try (Stream<Path> bestanden = Files.list(deploy.get())) {
            return bestanden.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).toList();
        } catch (IOException e) { // unreadable: fileinstall cannot install from it either
            return List.of();
        }
    }

    /** Fileinstall installs a jar from its file URI. */
    static boolean vanJar(Bundle bundel, Path jar) {
        String locatie = bundel.getLocation();
        return locatie != null && locatie.endsWith(jar.toUri().normalize().getPath());
    }
}
