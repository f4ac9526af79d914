package nl.samenspraak.muren.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;

/**
 * Which bundles are a gemeente's rules bundle, and so walled in: every bundle whose manifest names its gemeente
 * in {@value #KOP} (the supplier's parent and the platform's own gemeente bundles set it), and every bundle from
 * the {@code deploy/} folder, header or not, since that is where suppliers' jars arrive.
 */
final class Gemeentebundels {

    /** The manifest header naming the gemeente (CBS code, or {@code model}) a rules bundle is for. */
    static final String KOP = "Samenspraak-Gemeente";

    private final String deploy;
    /** By bundle id: whether it is walled in, as of the bundle's last install or update (service hooks ask often). */
    private final Map<Long, long[]> oordelen = new ConcurrentHashMap<>();

    /** @param deploy the folder Karaf installs dropped jars from, or null when there is none */
    Gemeentebundels(Path deploy) {
        this.deploy = deploy == null ? null : deploy.toAbsolutePath().normalize().toString().replace('\\', '/') + "/";
    }

    /** The gemeente the bundle's manifest names, if it names one. */
    static Optional<String> gemeente(Bundle bundel) {
        try {
            String waarde = bundel.getHeaders("").get(KOP);
            return waarde == null || waarde.isBlank() ? Optional.empty() : Optional.of(waarde.trim());
        } catch (IllegalStateException e) { // uninstalled meanwhile: its last headers are still there
            return Optional.empty();
        }
    }

    boolean ommuurd(Bundle bundel) {
        long id = bundel.getBundleId();
        if (id == 0) {
            return false;
        }
        long sinds = bundel.getLastModified();
        long[] oordeel = oordelen.get(id);
        if (oordeel == null || oordeel[0] != sinds) {
            oordeel = new long[] { sinds, gemeente(bundel).isPresent() || uitDeploy(bundel.getLocation()) ? 1 : 0 };
            oordelen.put(id, oordeel);
        }
        return oordeel[1] == 1;
    }

    /** Whether a location points into deploy/ (also through a URL handler such as {@code wrap:file:...}). */
    boolean uitDeploy(String locatie) {
        if (deploy == null || locatie == null) {
            return false;
        }
        String pad = locatie.replace('\\', '/').replaceAll("file:/+", "/");
        return pad.contains(deploy);
    }

    /** For a log line: symbolic name, version and the gemeente it is for. */
    static String naam(Bundle bundel) {
        return bundel.getSymbolicName() + " " + bundel.getVersion() + " (" + gemeente(bundel).orElse("uit deploy/") + ")";
    }
}
