package nl.samenspraak.muren.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.service.ListenerHook.ListenerInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Services across the wall. A gemeente bundle sees only the services it registered itself: none of the
 * platform's (data sources, configuration, the domain services, JAAS, the rules register). The platform sees
 * of a gemeente bundle only its rules services (ordinance, subsidy scheme, allocation process), which the rules
 * register then admits or refuses: a JAAS realm, a health check, a second rules register, a REST resource or a
 * shell command registered by a gemeente bundle is invisible to everything but that bundle itself.
 */
@Component(service = { FindHook.class, EventListenerHook.class }, immediate = true)
public class Dienstgrens implements FindHook, EventListenerHook {

    /** The rules SPI's service interfaces: what the platform accepts from a gemeente bundle, if admitted. */
    static final Set<String> REGELDIENSTEN = Set.of("nl.samenspraak.rules.Verordening",
            "nl.samenspraak.rules.Subsidieregeling", "nl.samenspraak.rules.Toewijzingsproces");

    private Gemeentebundels gemeentebundels;

    @Activate
    void activate(BundleContext context) {
        gemeentebundels = new Gemeentebundels(Resolverhaak.deploy(context));
    }

    @Override
    public void find(BundleContext context, String name, String filter, boolean allServices,
            Collection<ServiceReference<?>> references) {
        Bundle kijker = bundel(context);
        if (kijker != null) {
            references.removeIf(ref -> !zichtbaar(kijker, ref));
        }
    }

    @Override
    public void event(ServiceEvent event, Map<BundleContext, Collection<ListenerInfo>> listeners) {
        ServiceReference<?> ref = event.getServiceReference();
        listeners.keySet().removeIf(context -> {
            Bundle kijker = bundel(context);
            return kijker != null && !zichtbaar(kijker, ref);
        });
    }

    boolean zichtbaar(Bundle kijker, ServiceReference<?> ref) {
        Bundle eigenaar = ref.getBundle();
        if (eigenaar == null || kijker.getBundleId() == 0 || kijker.getBundleId() == eigenaar.getBundleId()) {
            return true; // unregistered meanwhile, the framework itself, or one's own
        }
        if (gemeentebundels.ommuurd(kijker)) {
            return false;
        }
        return !gemeentebundels.ommuurd(eigenaar) || regels((String[]) ref.getProperty(Constants.OBJECTCLASS));
    }

    static boolean regels(String[] objectClass) {
        return objectClass != null && objectClass.length > 0 && Stream.of(objectClass).allMatch(REGELDIENSTEN::contains);
    }

    private static Bundle bundel(BundleContext context) {
        try {
            return context.getBundle();
        } catch (IllegalStateException e) { // a context no longer valid sees nothing new anyway
            return null;
        }
    }
}
