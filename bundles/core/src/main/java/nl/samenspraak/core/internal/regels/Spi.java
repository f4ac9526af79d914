package nl.samenspraak.core.internal.regels;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;

import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Toewijzingsproces;
import nl.samenspraak.rules.Verordening;

/** How the platform recognises bundles and components that take part in the rules SPI. */
final class Spi {

    static final String PACKAGE = Regels.class.getPackageName();
    private static final String PLATFORMLOCATIE = "mvn:nl.samenspraak/";
    /** The interfaces a gemeente's rules are registered under. */
    static final Set<String> DIENSTEN = Set.of(Verordening.class.getName(), Subsidieregeling.class.getName(),
            Toewijzingsproces.class.getName());

    private Spi() {
    }

    /** Whether the bundle imports the rules SPI package (fragments never do anything themselves). */
    static boolean gebruikt(Bundle bundel) {
        BundleRevision revisie;
        try {
            revisie = bundel.adapt(BundleRevision.class);
        } catch (IllegalStateException e) { // uninstalled meanwhile
            return false;
        }
        if (revisie == null || (revisie.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
            return false;
        }
        return revisie.getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE).stream()
                .anyMatch(r -> String.valueOf(r.getDirectives().get("filter")).contains("=" + PACKAGE + ")"));
    }

    /**
     * Whether the bundle is one of the platform's own: it names no gemeente in its manifest, and exports packages
     * (a gemeente's rules bundle keeps its packages private), holds shell commands, or was installed from the
     * platform's Maven group. They use the SPI to ask for rules, never to offer them.
     */
    static boolean vanHetPlatform(Bundle bundel) {
        try {
            Dictionary<String, String> kop = bundel.getHeaders("");
            return kop.get(Herkomst.KOP) == null && (kop.get(Constants.EXPORT_PACKAGE) != null
                    || kop.get("Karaf-Commands") != null || bundel.getLocation().startsWith(PLATFORMLOCATIE));
        } catch (IllegalStateException e) { // uninstalled meanwhile
            return false;
        }
    }

    /** Whether the bundle may offer a gemeente's rules: it uses the SPI and is not one of the platform's own. */
    static boolean regelbundel(Bundle bundel) {
        return gebruikt(bundel) && !vanHetPlatform(bundel);
    }

    private static final Pattern COMPONENT = Pattern.compile(
            "<(?:[\\w-]+:)?component\\b([^>]*?)(?:/>|>(.*?)</(?:[\\w-]+:)?component\\s*>)", Pattern.DOTALL);
    private static final Pattern PROVIDE = Pattern.compile("<(?:[\\w-]+:)?provide\\s+interface\\s*=\\s*\"([^\"]+)\"");

    /**
     * How many rules services the bundle's Declarative Services components register of themselves: those
     * providing an SPI interface, enabled by default, not waiting for a configuration they require, and no
     * factory. Read from the bundle's {@code Service-Component} files, so it holds whatever order the
     * components come up in.
     */
    static int verwachteRegels(Bundle bundel) {
        Object kop = bundel.getHeaders("").get("Service-Component");
        if (kop == null) {
            return 0;
        }
        int aantal = 0;
        for (String pad : kop.toString().split(",")) {
            pad = pad.trim();
            int slash = pad.lastIndexOf('/');
            String map = slash < 0 ? "/" : pad.substring(0, slash);
            Enumeration<URL> bestanden = bundel.findEntries(map, pad.substring(slash + 1), false);
            while (bestanden != null && bestanden.hasMoreElements()) {
                try (InputStream in = bestanden.nextElement().openStream()) {
                    aantal += verwachteRegels(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // what Declarative Services cannot read either
                }
            }
        }
        return aantal;
    }

    static int verwachteRegels(String xml) {
        int aantal = 0;
        Matcher component = COMPONENT.matcher(xml);
        while (component.find()) {
            String attributen = component.group(1);
            String inhoud = component.group(2) == null ? "" : component.group(2);
            boolean vanzelf = !attributen.matches("(?s).*\\benabled\\s*=\\s*\"false\".*")
                    && !attributen.matches("(?s).*\\bconfiguration-policy\\s*=\\s*\"require\".*")
                    && !attributen.matches("(?s).*\\bfactory\\s*=.*");
            if (vanzelf && PROVIDE.matcher(inhoud).results().anyMatch(r -> DIENSTEN.contains(r.group(1)))) {
                aantal++;
            }
        }
        return aantal;
    }

    /** Whether a component registering these service interfaces provides rules. */
    static boolean levert(String[] interfaces) {
        return interfaces != null && Stream.of(interfaces).anyMatch(DIENSTEN::contains);
    }
}
