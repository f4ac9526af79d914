package nl.samenspraak.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.SatisfiedReferenceDTO;

import nl.samenspraak.api.health.Health;
import nl.samenspraak.api.health.HealthCheck;

/**
 * Readiness of the API itself: every enabled resource and provider component of this bundle is satisfied, and
 * the {@link ApiServer} is active with exactly the resources and providers that are registered now and has
 * published them all. Without it {@code /health} said UP while resources were still arriving after a start, and
 * the API server, rebuilt for them, answered CXF's 404 in between.
 */
@Component
public class ApiGereedheid implements HealthCheck {

    static final String NAAM = "api";

    @Reference
    private ServiceComponentRuntime runtime;

    /**
     * Bound as service objects, not as the server itself: taking the server while it binds the health resource,
     * which binds this check, was a circular reference that SCR logged as an ERROR at nearly every start.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ComponentServiceObjects<ApiServer> server;

    private BundleContext context;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return NAAM;
    }

    @Override
    public Health check() {
        try {
            Map<ComponentDescriptionDTO, Collection<ComponentConfigurationDTO>> componenten = new LinkedHashMap<>();
            for (ComponentDescriptionDTO beschrijving : runtime.getComponentDescriptionDTOs(context.getBundle())) {
                if (runtime.isComponentEnabled(beschrijving)) {
                    componenten.put(beschrijving, runtime.getComponentConfigurationDTOs(beschrijving));
                }
            }
            Health oordeel = beoordeel(componenten, serviceIds(ApiResource.class), serviceIds(ApiProvider.class));
            if (oordeel.up() && !allesGepubliceerd()) {
                return Health.down("de API-server publiceert zo de resources die er net bij kwamen");
            }
            return oordeel;
        } catch (RuntimeException | InvalidSyntaxException e) {
            return Health.down("niet te bepalen: " + e);
        }
    }

    private boolean allesGepubliceerd() {
        ComponentServiceObjects<ApiServer> objecten = server;
        ApiServer actieveServer = objecten == null ? null : objecten.getService();
        if (actieveServer == null) {
            return true; // no server: the verdict above already says so
        }
        try {
            return actieveServer.allesGepubliceerd();
        } finally {
            objecten.ungetService(actieveServer);
        }
    }

    private Set<Long> serviceIds(Class<?> soort) throws InvalidSyntaxException {
        Set<Long> ids = new TreeSet<>();
        for (ServiceReference<?> referentie : context.getServiceReferences(soort, null)) {
            ids.add((Long) referentie.getProperty(Constants.SERVICE_ID));
        }
        return ids;
    }

    /** The verdict on a snapshot of the runtime: plain data, so it can be tested without a framework. */
    static Health beoordeel(Map<ComponentDescriptionDTO, Collection<ComponentConfigurationDTO>> componenten,
            Set<Long> resources, Set<Long> providers) {
        List<String> wachtend = new ArrayList<>();
        ComponentConfigurationDTO server = null;
        for (Map.Entry<ComponentDescriptionDTO, Collection<ComponentConfigurationDTO>> component : componenten.entrySet()) {
            ComponentDescriptionDTO beschrijving = component.getKey();
            if (ApiServer.class.getName().equals(beschrijving.implementationClass)) {
                server = component.getValue().stream().findFirst().orElse(null);
            } else if (biedt(beschrijving, ApiResource.class) || biedt(beschrijving, ApiProvider.class)) {
                if (component.getValue().isEmpty() || component.getValue().stream().anyMatch(c -> !bruikbaar(c))) {
                    wachtend.add(beschrijving.name);
                }
            }
        }
        if (!wachtend.isEmpty()) {
            return Health.down("wacht op " + String.join(", ", new TreeSet<>(wachtend)));
        }
        if (server == null || server.state != ComponentConfigurationDTO.ACTIVE) {
            return Health.down("de API-server is niet actief");
        }
        Set<Long> gepubliceerd = gebonden(server, "resources");
        if (!gepubliceerd.equals(resources) || !gebonden(server, "providers").equals(providers)) {
            return Health.down("de API-server publiceert " + gepubliceerd.size() + " van " + resources.size() + " resources");
        }
        return Health.up(resources.size() + " resources gepubliceerd");
    }

    private static boolean biedt(ComponentDescriptionDTO beschrijving, Class<?> soort) {
        return beschrijving.serviceInterfaces != null && Arrays.asList(beschrijving.serviceInterfaces).contains(soort.getName());
    }

    private static boolean bruikbaar(ComponentConfigurationDTO configuratie) {
        return configuratie.state == ComponentConfigurationDTO.SATISFIED || configuratie.state == ComponentConfigurationDTO.ACTIVE;
    }

    private static Set<Long> gebonden(ComponentConfigurationDTO configuratie, String referentie) {
        Set<Long> ids = new TreeSet<>();
        for (SatisfiedReferenceDTO gebonden : configuratie.satisfiedReferences) {
            if (referentie.equals(gebonden.name)) {
                Arrays.stream(gebonden.boundServices).forEach(s -> ids.add(s.id));
            }
        }
        return ids;
    }
}
