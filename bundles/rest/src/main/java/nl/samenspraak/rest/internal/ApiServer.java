package nl.samenspraak.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * Publishes every {@link ApiResource} and {@link ApiProvider} component as one CXF JAX-RS server at
 * {@code /v1} below CXF's servlet context ({@code /api}, see {@code org.apache.cxf.osgi}). Paths under
 * {@code /api} outside {@code /v1} answer with a problem too, not with CXF's HTML page.
 * <p>
 * Resources and providers come and go; the server is rebuilt on one thread once they have been quiet for a
 * moment, so the twenty-odd services that arrive at boot give one publication instead of twenty. A service
 * that is registered but cannot be obtained yet (its own references are still changing, as at first boot)
 * is not left out for good: the publication is tried again, with a growing pause, until it is in.
 */
@Component(immediate = true)
public class ApiServer {

    public static final String API_VERSION = "1.0.0";
    static final String ADDRESS = "/v1";

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final long STIL_MS = 150;
    private static final long OPNIEUW_MIN_MS = 250;
    private static final long OPNIEUW_MAX_MS = 30_000;

    private final Set<ServiceReference<ApiResource>> resources = new ConcurrentSkipListSet<>();
    private final Set<ServiceReference<ApiProvider>> providers = new ConcurrentSkipListSet<>();

    private BundleContext context;
    private ScheduledExecutorService publicist;
    private ScheduledFuture<?> gepland;
    private long opnieuwMs = OPNIEUW_MIN_MS;

    // only touched on the publicist's thread (and by deactivate once it has stopped)
    private Server api;
    private Server fallback;
    private Map<ServiceReference<?>, Object> gepubliceerd = Map.of();

    @Reference(name = "resources", service = ApiResource.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "resourceWeg")
    void resourceErbij(ServiceReference<ApiResource> resource) {
        resources.add(resource);
        plan(STIL_MS);
    }

    void resourceWeg(ServiceReference<ApiResource> resource) {
        resources.remove(resource);
        plan(0); // at once: a request must not reach a resource whose component is gone
    }

    @Reference(name = "providers", service = ApiProvider.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "providerWeg")
    void providerErbij(ServiceReference<ApiProvider> provider) {
        providers.add(provider);
        plan(STIL_MS);
    }

    void providerWeg(ServiceReference<ApiProvider> provider) {
        providers.remove(provider);
        plan(0);
    }

    @Activate
    synchronized void activate(BundleContext bundleContext) {
        context = bundleContext;
        publicist = Executors.newSingleThreadScheduledExecutor(taak -> new Thread(taak, "samenspraak-api-publicatie"));
        plan(0);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        ScheduledExecutorService stop;
        synchronized (this) {
            stop = publicist;
            publicist = null;
        }
        stop.shutdownNow();
        stop.awaitTermination(30, TimeUnit.SECONDS);
        vervang(null);
    }

    /** (Re)publishes after the delay, replacing a publication already planned: the last change wins. */
    private synchronized void plan(long ms) {
        if (publicist == null) {
            return; // not active yet: activate publishes what is bound by then
        }
        if (gepland != null) {
            gepland.cancel(false);
        }
        gepland = publicist.schedule(this::publiceer, ms, TimeUnit.MILLISECONDS);
    }

    private void publiceer() {
        Map<ServiceReference<?>, Object> beschikbaar = new LinkedHashMap<>();
        List<ServiceReference<?>> nogNiet = new ArrayList<>();
        verzamel(resources, beschikbaar, nogNiet);
        verzamel(providers, beschikbaar, nogNiet);
        if (!beschikbaar.keySet().equals(gepubliceerd.keySet())) {
            vervang(beschikbaar);
        }
        if (nogNiet.isEmpty()) {
            opnieuwMs = OPNIEUW_MIN_MS;
        } else {
            LOG.info("API: {} service(s) not available yet, publishing again in {} ms: {}", nogNiet.size(), opnieuwMs, nogNiet);
            plan(opnieuwMs);
            opnieuwMs = Math.min(OPNIEUW_MAX_MS, opnieuwMs * 2);
        }
    }

    /** The services of these references: the one already published, or else newly obtained. */
    private <S> void verzamel(Set<ServiceReference<S>> refs, Map<ServiceReference<?>, Object> beschikbaar,
            List<ServiceReference<?>> nogNiet) {
        for (ServiceReference<S> ref : refs) {
            Object service = gepubliceerd.containsKey(ref) ? gepubliceerd.get(ref) : context.getService(ref);
            if (service != null) {
                beschikbaar.put(ref, service);
            } else if (ref.getBundle() != null) {
                nogNiet.add(ref);
            }
        }
    }

    /** Destroys the servers published so far and publishes the services given (none: nothing published). */
    private void vervang(Map<ServiceReference<?>, Object> services) {
        if (fallback != null) {
            fallback.destroy();
            api.destroy();
            fallback = null;
            api = null;
        }
        Map<ServiceReference<?>, Object> vorige = gepubliceerd;
        gepubliceerd = services == null ? Map.of() : Map.copyOf(services);
        vorige.keySet().stream().filter(ref -> !gepubliceerd.containsKey(ref)).forEach(this::loslaten);
        List<Object> beans = gepubliceerd.values().stream().filter(ApiResource.class::isInstance).toList();
        List<Object> extras = gepubliceerd.values().stream().filter(ApiProvider.class::isInstance).toList();
        if (beans.isEmpty()) {
            return;
        }
        api = create(ADDRESS, beans, extras);
        // CXF picks the longest matching address: everything under /api that is not /api/v1 lands here
        fallback = create("/", List.of(new UnknownPathResource()), extras);
        LOG.info("API published at {} with {} resources and {} providers", ADDRESS, beans.size(), extras.size());
    }

    private void loslaten(ServiceReference<?> ref) {
        try {
            context.ungetService(ref);
        } catch (IllegalStateException bundelGestopt) {
            // this bundle is stopping: the framework releases every service it holds
        }
    }

    private static Server create(String address, List<Object> serviceBeans, List<Object> providers) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(BusFactory.getDefaultBus());
        factory.setAddress(address);
        factory.setServiceBeans(serviceBeans);
        List<Object> all = new ArrayList<>(providers);
        all.add(new JacksonJsonProvider(objectMapper()));
        all.add(new AllowFilter(serviceBeans));
        factory.setProviders(all);
        return factory.create();
    }

    static ObjectMapper objectMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        // a text field takes a JSON string only: an amount sent as the number 1500.1 is refused (400), never
        // read through a floating point number
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
