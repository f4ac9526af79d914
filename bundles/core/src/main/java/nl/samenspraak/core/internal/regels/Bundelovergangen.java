package nl.samenspraak.core.internal.regels;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * Bundle transitions for the {@link Overbrugging bridge}: a bundle that served rules and is stopping to be
 * updated or refreshed, or a bundle using the rules SPI that is starting, is in transition until it has
 * {@linkplain #klaar(long) settled}; one uninstalled or stopped for good is not waited for.
 */
final class Bundelovergangen implements SynchronousBundleListener {

    private final Overbrugging brug;
    /** The gemeenten (or {@code model}) the rules a bundle offers now serve. */
    private final LongFunction<Set<String>> gemeentenVan;
    /** How many rules services a bundle has registered now, also those ignored as unusable. */
    private final ToLongFunction<Long> geregistreerd;
    /** By bundle id and last modification: the rules services its components declare. */
    private final Map<String, Integer> verwachteRegels = new ConcurrentHashMap<>();
    private volatile BundleContext context;

    Bundelovergangen(Overbrugging brug, LongFunction<Set<String>> gemeentenVan, ToLongFunction<Long> geregistreerd) {
        this.brug = brug;
        this.gemeentenVan = gemeentenVan;
        this.geregistreerd = geregistreerd;
    }

    void open(BundleContext context) {
        this.context = context;
        context.addBundleListener(this);
    }

    void sluit() {
        context.removeBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundel = event.getBundle();
        long id = bundel.getBundleId();
        switch (event.getType()) {
            case BundleEvent.STOPPING -> {
                Set<String> voor = gemeentenVan.apply(id);
                // an update or refresh stops a bundle without clearing its autostart setting; Bundle.stop() clears it
                if (!voor.isEmpty() && blijftGestart(bundel)) {
                    brug.begint(id, naam(bundel), "is being updated or refreshed", voor);
                }
            }
            case BundleEvent.STARTING -> {
                if (Spi.regelbundel(bundel)) {
                    brug.begint(id, naam(bundel), "is starting", Set.of());
                }
            }
            case BundleEvent.UNINSTALLED -> {
                brug.komtNietTerug(id, "uninstalled");
                verwachteRegels.keySet().removeIf(k -> k.startsWith(id + "@"));
            }
            case BundleEvent.STOPPED -> {
                if (!blijftGestart(bundel)) {
                    brug.komtNietTerug(id, "stopped");
                }
            }
            default -> {
            }
        }
    }

    static String naam(Bundle bundel) {
        return bundel.getSymbolicName() + " " + bundel.getVersion();
    }

    /**
     * Whether a bundle has settled: gone, stopped for good, or active with as many rules services registered
     * as its components declare ({@link Spi#verwachteRegels}); Declarative Services registers them one by one,
     * in its own order, after the bundle has started, and an activator before. A component that never comes
     * (a reference never satisfied) keeps the bundle unsettled up to the bridge time, which is then logged.
     */
    boolean klaar(long bundelId) {
        Bundle bundel = context == null ? null : context.getBundle(bundelId);
        if (bundel == null || bundel.getState() == Bundle.UNINSTALLED || !blijftGestart(bundel)) {
            return true;
        }
        if (bundel.getState() != Bundle.ACTIVE) {
            return false;
        }
        int verwacht = verwachteRegels.computeIfAbsent(bundelId + "@" + bundel.getLastModified(),
                k -> Spi.verwachteRegels(bundel));
        return geregistreerd.applyAsLong(bundelId) >= verwacht;
    }

    /** Whether the bundle's autostart setting is on: it is meant to run (again). */
    static boolean blijftGestart(Bundle bundel) {
        try {
            BundleStartLevel startLevel = bundel.adapt(BundleStartLevel.class);
            return startLevel != null && startLevel.isPersistentlyStarted();
        } catch (IllegalStateException e) { // uninstalled meanwhile
            return false;
        }
    }
}
