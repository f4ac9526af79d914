package nl.samenspraak.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.ResourceProvider;
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
 * Resources are bound dynamically, each class through a {@link GebondenResource}: a resource component that is
 * replaced (SCR does so when one of its static references changes) is swapped under the running server, so the
 * other resources never go away with it. The server is rebuilt only when a resource of a class it does not
 * publish yet arrives (while the platform starts) or when a provider comes or goes. Resources arrive one by one
 * while the platform starts; the server is rebuilt once they stop arriving (a rebuild per resource took half a second
 * of every start, in the thread that starts the bundles), and {@link ApiGereedheid} reports the API not ready until
 * then.
 */
@Component(immediate = true, service = ApiServer.class)
public class ApiServer {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    public static final String API_VERSION = "1.0.0";
    static final String ADDRESS = "/v1";
    /** A rebuild waits until no new resource arrived for this long, */
    private static final long RUST_MS = 50;
    /** but not longer than this after the first one. */
    private static final long HOOGSTENS_MS = 1_000;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
    private List<ApiProvider> providers;

    private final Map<Class<?>, GebondenResource> resources = new LinkedHashMap<>();
    private Set<Class<?>> gepubliceerd = Set.of();
    private boolean actief;
    private Server api;
    private Server fallback;
    private ScheduledExecutorService planner;
    private Bundelaar herpublicatie;

    @Reference(name = "resources", cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindResource")
    synchronized void bindResource(ApiResource resource) {
        resources.computeIfAbsent(resource.getClass(), GebondenResource::new).bind(resource);
        if (actief && !gepubliceerd.contains(resource.getClass())) {
            herpublicatie.vraag();
        }
    }

    private synchronized void publiceerNieuwe() {
        List<String> nieuw = resources.entrySet().stream()
                .filter(r -> r.getValue().gebonden() && !gepubliceerd.contains(r.getKey()))
                .map(r -> r.getKey().getSimpleName()).toList();
        if (actief && !nieuw.isEmpty()) {
            LOG.info("Publishing the API again with the new resources {}", nieuw);
            try {
                api.destroy();
                api = publiceer();
            } catch (RuntimeException e) {
                LOG.error("Could not publish the API with the new resources {}", nieuw, e);
            }
        }
    }

    /** Whether every resource bound now is published: false while new ones wait for the rebuild. */
    synchronized boolean allesGepubliceerd() {
        return resources.entrySet().stream().allMatch(r -> !r.getValue().gebonden() || gepubliceerd.contains(r.getKey()));
    }

    synchronized void unbindResource(ApiResource resource) {
        GebondenResource slot = resources.get(resource.getClass());
        slot.unbind(resource);
        if (actief && !slot.gebonden()) {
            LOG.info("The API resource {} went away; its requests wait for it to return", resource.getClass().getSimpleName());
        }
    }

    @Activate
    synchronized void activate() {
        planner = Executors.newSingleThreadScheduledExecutor(taak -> {
            Thread thread = new Thread(taak, "samenspraak-api-publicatie");
            thread.setDaemon(true);
            return thread;
        });
        herpublicatie = new Bundelaar(planner, this::publiceerNieuwe, RUST_MS, HOOGSTENS_MS, System::nanoTime);
        api = publiceer();
        // CXF picks the longest matching address: everything under /api that is not /api/v1 lands here
        JAXRSServerFactoryBean factory = factory("/");
        factory.setServiceBeans(List.of(new UnknownPathResource()));
        factory.setProviders(providers(List.of(UnknownPathResource.class)));
        fallback = factory.create();
        actief = true;
    }

    /** A server for every resource class bound now; a class whose instance is away waits in its slot. */
    private Server publiceer() {
        List<ResourceProvider> aanwezig = resources.values().stream().filter(GebondenResource::gebonden)
                .<ResourceProvider>map(r -> r).toList();
        List<Class<?>> soorten = aanwezig.stream().<Class<?>>map(ResourceProvider::getResourceClass).toList();
        JAXRSServerFactoryBean factory = factory(ADDRESS);
        factory.setResourceProviders(aanwezig);
        factory.setProviders(providers(soorten));
        Server server = factory.create();
        gepubliceerd = Set.copyOf(soorten);
        return server;
    }

    private static JAXRSServerFactoryBean factory(String address) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(BusFactory.getDefaultBus());
        factory.setAddress(address);
        return factory;
    }

    private List<Object> providers(List<Class<?>> resourceClasses) {
        List<Object> all = new ArrayList<>(providers);
        all.add(new JacksonJsonProvider(objectMapper()));
        all.add(new AllowFilter(resourceClasses));
        return all;
    }

    @Deactivate
    synchronized void deactivate() {
        actief = false;
        planner.shutdownNow();
        fallback.destroy();
        api.destroy();
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
        // a whole number takes no fraction (1.5 as an age was read as 1), a yes/no only true or false (1 or "ja"
        // were read as true)
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }
}
