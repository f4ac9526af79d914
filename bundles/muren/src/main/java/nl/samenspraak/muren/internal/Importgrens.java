package nl.samenspraak.muren.internal;

import java.util.Optional;
import java.util.Set;

/**
 * What a gemeente bundle may wire to, as plain rules: packages of the rules SPI and of the allocation engine's
 * API from the platform, and the JDK's {@code java.*} from the framework; no {@code Require-Bundle} but on the
 * bundles holding those two; no fragment of anything but itself. Other JDK packages ({@code javax.sql},
 * {@code javax.naming}, ...) reach the database, directories and the network, so they stay out; the platform's
 * own API, {@code org.osgi.framework} and Karaf's packages give the platform's services. The other way round
 * the platform never wires to a gemeente bundle: it could otherwise export a look-alike of a platform package.
 */
final class Importgrens {

    static final String PACKAGE = "osgi.wiring.package";
    static final String BUNDLE = "osgi.wiring.bundle";
    static final String HOST = "osgi.wiring.host";

    /** Packages a gemeente bundle may import from the platform (exact names). */
    static final Set<String> PLATFORMPAKKETTEN = Set.of("nl.samenspraak.rules", "nl.samenspraak.allocation");
    /** The platform bundles holding them, for {@code Require-Bundle}. */
    static final Set<String> PLATFORMBUNDELS = Set.of("nl.samenspraak.rules-api", "nl.samenspraak.allocation");

    /** The one wire the resolver considers, reduced to what the rules look at. */
    record Draad(String namespace, String naam, boolean vragerOmmuurd, String vragerGemeente, long vrager,
            boolean aanbiederOmmuurd, String aanbiederGemeente, long aanbieder, String aanbiederNaam) {
    }

    private Importgrens() {
    }

    /** Why the wire is not allowed, or empty when it is. */
    static Optional<String> waaromNiet(Draad d) {
        if (d.vrager() == d.aanbieder()) {
            return Optional.empty(); // a bundle importing what it exports itself
        }
        if (!d.vragerOmmuurd()) {
            return d.aanbiederOmmuurd() && !d.namespace().equals(HOST)
                    ? Optional.of("het platform koppelt nooit aan een gemeentebundel (" + d.aanbiederNaam() + " biedt "
                            + d.naam() + " aan)")
                    : Optional.empty();
        }
        return switch (d.namespace()) {
            case PACKAGE -> pakket(d);
            case BUNDLE -> PLATFORMBUNDELS.contains(d.naam()) && !d.aanbiederOmmuurd() ? Optional.empty()
                    : Optional.of("Require-Bundle van " + d.naam() + " is een gemeentebundel niet toegestaan");
            case HOST -> d.aanbiederOmmuurd() && d.vragerGemeente() != null && d.vragerGemeente().equals(d.aanbiederGemeente())
                    ? Optional.empty()
                    : Optional.of("een gemeentebundel mag geen fragment zijn van " + d.naam());
            default -> Optional.empty(); // osgi.ee, osgi.extender (DS), osgi.identity: no access to anything
        };
    }

    private static Optional<String> pakket(Draad d) {
        if (d.naam().startsWith("java.")) {
            return d.aanbieder() == 0 ? Optional.empty()
                    : Optional.of(d.naam() + " hoort van de JDK te komen, niet van " + d.aanbiederNaam());
        }
        if (PLATFORMPAKKETTEN.contains(d.naam())) {
            return d.aanbiederOmmuurd()
                    ? Optional.of(d.naam() + " hoort van het platform te komen, niet van gemeentebundel " + d.aanbiederNaam())
                    : Optional.empty();
        }
        return Optional.of("import van " + d.naam() + " is een gemeentebundel niet toegestaan: alleen "
                + String.join(", ", PLATFORMPAKKETTEN.stream().sorted().toList()) + " en java.*");
    }
}
