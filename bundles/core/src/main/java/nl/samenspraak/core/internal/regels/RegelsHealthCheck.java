package nl.samenspraak.core.internal.regels;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.health.Health;
import nl.samenspraak.api.health.HealthCheck;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsRegister;

/**
 * Readiness of the gemeenten's rules. A gemeente without rules is not a platform failure (it gets no
 * decisions, and says so with a 503), so the check names those gemeenten but stays UP for them. A bundle that
 * uses the rules SPI and is meant to run (its autostart setting is on) but is not active (the walls refused
 * its imports, or it cannot start) is named as a warning and leaves the check UP too: it takes only its own
 * gemeente's decisions, never the node (a bundle that was active before gets {@link #SWAP_MILLIS} before it is
 * named, so a hot update is no warning). It is DOWN while the platform is starting (see {@link Opstart}):
 * the API answers before the bundles in {@code deploy/} are even installed, so until they run (at most
 * {@code opstart.ms}) a gemeente's rules may still be on their way. The
 * {@linkplain RegelsRegister#waarschuwingen() warnings} about the installed rules are in the detail.
 */
@Component(service = HealthCheck.class, configurationPid = GeinstalleerdeRegels.PID)
public class RegelsHealthCheck implements HealthCheck {

    static final long SWAP_MILLIS = 10_000;
    private static final int MAX_NAMEN = 10;

    @Reference
    private GemeenteRegistry gemeenten;

    @Reference
    private RegelsRegister register;

    /** Bundles seen active since the platform started, with the time of their last state change. */
    private final Map<Long, Long> gezienActief = new ConcurrentHashMap<>();
    private final BundleListener bundels = this::gebeurtenis;
    private BundleContext context;
    /** The platform's start, until it is over (then null for good) or its time has run out. */
    private volatile Opstart opstart;
    private volatile long opstartMillis;
    private volatile long opstartTot;

    @Activate
    void activate(BundleContext context, RegelsInstellingen config) {
        this.context = context;
        opstart = Opstart.in(context, Opstart.deploy(config.deploy()),
                id -> context.getBundle(id) != null && context.getBundle(id).getState() == Bundle.ACTIVE);
        opstartMillis = config.opstart_ms();
        opstartTot = System.currentTimeMillis() + opstartMillis;
        context.addBundleListener(bundels);
        Stream.of(context.getBundles()).filter(b -> b.getState() == Bundle.ACTIVE)
                .forEach(b -> gezienActief.put(b.getBundleId(), System.currentTimeMillis()));
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(bundels);
    }

    void gebeurtenis(BundleEvent event) {
        long id = event.getBundle().getBundleId();
        if (event.getType() == BundleEvent.UNINSTALLED) {
            gezienActief.remove(id);
        } else if (event.getType() == BundleEvent.STARTED || gezienActief.containsKey(id)) {
            gezienActief.put(id, System.currentTimeMillis());
        }
    }

    @Override
    public String name() {
        return "regels";
    }

    @Override
    public Health check() {
        List<String> zonder = gemeenten.list().stream().map(Gemeente::code).filter(code -> register.alle(code).isEmpty())
                .toList();
        List<Bundle> alle = context == null ? List.of() : List.of(context.getBundles());
        return oordeel(gemeenten.list().size(), zonder, alle.stream().filter(this::hoortTeDraaienMaarDraaitNiet)
                .map(b -> b.getSymbolicName() + " " + b.getVersion() + " (" + staat(b.getState()) + ")").toList(),
                register.waarschuwingen(), startLoopt());
    }

    private boolean startLoopt() {
        Opstart start = opstart;
        if (start == null) {
            return false;
        }
        if (start.bezig()) { // deploy/ opens only once Karaf's boot features are in: opstart.ms counts from then
            opstartTot = System.currentTimeMillis() + opstartMillis;
            return true;
        }
        if (start.klaar() || System.currentTimeMillis() > opstartTot) {
            opstart = null; // over once: a later bundle that does not run is the check below
            return false;
        }
        return true;
    }

    static Health oordeel(int aantal, List<String> zonderRegels, List<String> nietActief, List<String> waarschuwingen) {
        return oordeel(aantal, zonderRegels, nietActief, waarschuwingen, false);
    }

    /** Warnings leave the check UP: the rules still decide, but someone must look (they are in the detail). */
    static Health oordeel(int aantal, List<String> zonderRegels, List<String> nietActief, List<String> waarschuwingen,
            boolean startLoopt) {
        String detail = (aantal - zonderRegels.size()) + " van " + aantal + " gemeenten hebben regels"
                + (zonderRegels.isEmpty() ? "" : "; zonder regels: " + namen(zonderRegels))
                + (waarschuwingen.isEmpty() ? "" : "; WAARSCHUWING: " + String.join(" | ", waarschuwingen));
        if (startLoopt) {
            return Health.down(detail + "; het platform start nog: de regelbundels in deploy/ draaien nog niet alle");
        }
        if (!nietActief.isEmpty()) {
            // one gemeente's bundle that does not run (refused by the walls, or broken) costs that gemeente its
            // decisions, never the node its place behind the load balancer
            return Health.up(detail + "; WAARSCHUWING: regelbundels die horen te draaien maar niet actief zijn (hun "
                    + "gemeenten krijgen geen besluiten): " + namen(nietActief));
        }
        return Health.up(detail);
    }

    private static String namen(List<String> namen) {
        return String.join(", ", namen.subList(0, Math.min(MAX_NAMEN, namen.size())))
                + (namen.size() > MAX_NAMEN ? " en " + (namen.size() - MAX_NAMEN) + " meer" : "");
    }

    private boolean hoortTeDraaienMaarDraaitNiet(Bundle bundel) {
        if (bundel.getState() == Bundle.ACTIVE || bundel.getState() == Bundle.UNINSTALLED || !Spi.gebruikt(bundel)) {
            return false;
        }
        if (!Bundelovergangen.blijftGestart(bundel)) {
            return false; // stopped on purpose
        }
        Long sinds = gezienActief.get(bundel.getBundleId());
        return sinds == null || System.currentTimeMillis() - sinds > SWAP_MILLIS;
    }

    private static String staat(int staat) {
        return switch (staat) {
            case Bundle.INSTALLED -> "niet opgelost";
            case Bundle.RESOLVED -> "opgelost, niet gestart";
            case Bundle.STARTING -> "start";
            case Bundle.STOPPING -> "stopt";
            default -> String.valueOf(staat);
        };
    }
}
