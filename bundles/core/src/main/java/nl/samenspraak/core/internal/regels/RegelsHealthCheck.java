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
 * decisions, and says so with a 503), so the check names those gemeenten but stays UP for them. It is DOWN
 * while a bundle that uses the rules SPI and is meant to run (its autostart setting is on) is not active:
 * at first start while gemeente bundles are still being installed, and for good when one cannot resolve or
 * start. A bundle that was active before gets {@link #SWAP_MILLIS} to come back, so a hot update never takes
 * the platform out of a load balancer. The {@linkplain RegelsRegister#waarschuwingen() warnings} about the
 * installed rules are in the detail.
 */
@Component(service = HealthCheck.class)
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

    @Activate
    void activate(BundleContext context) {
        this.context = context;
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
                register.waarschuwingen());
    }

    /** Warnings leave the check UP: the rules still decide, but someone must look (they are in the detail). */
    static Health oordeel(int aantal, List<String> zonderRegels, List<String> nietActief, List<String> waarschuwingen) {
        String detail = (aantal - zonderRegels.size()) + " van " + aantal + " gemeenten hebben regels"
                + (zonderRegels.isEmpty() ? "" : "; zonder regels: " + namen(zonderRegels))
                + (waarschuwingen.isEmpty() ? "" : "; WAARSCHUWING: " + String.join(" | ", waarschuwingen));
        if (!nietActief.isEmpty()) {
            return Health.down(detail + "; regelbundels die horen te draaien maar niet actief zijn: " + namen(nietActief));
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
