package nl.samenspraak.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.osgi.framework.dto.ServiceReferenceDTO;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.SatisfiedReferenceDTO;

import nl.samenspraak.api.health.Health;

public class ApiGereedheidTest {

    private final Map<ComponentDescriptionDTO, Collection<ComponentConfigurationDTO>> componenten = new LinkedHashMap<>();

    @Test
    public void upWhenTheServerPublishesEveryRegisteredResource() {
        resource("Budgetten", ComponentConfigurationDTO.ACTIVE);
        resource("Stemmen", ComponentConfigurationDTO.SATISFIED);
        server(ComponentConfigurationDTO.ACTIVE, 11L, 12L);

        Health health = ApiGereedheid.beoordeel(componenten, Set.of(11L, 12L), Set.of());

        assertTrue(health.detail(), health.up());
        assertEquals("2 resources gepubliceerd", health.detail());
    }

    @Test
    public void downWhileAResourceWaitsForItsDependencies() {
        resource("Budgetten", ComponentConfigurationDTO.ACTIVE);
        resource("Boekingen", ComponentConfigurationDTO.UNSATISFIED_REFERENCE);
        server(ComponentConfigurationDTO.ACTIVE, 11L);

        Health health = ApiGereedheid.beoordeel(componenten, Set.of(11L), Set.of());

        assertFalse(health.up());
        assertEquals("wacht op Boekingen", health.detail());
    }

    @Test
    public void downWhileTheServerHasNotYetBoundAResourceThatArrived() {
        resource("Budgetten", ComponentConfigurationDTO.ACTIVE);
        resource("Boekingen", ComponentConfigurationDTO.SATISFIED);
        server(ComponentConfigurationDTO.ACTIVE, 11L);

        Health health = ApiGereedheid.beoordeel(componenten, Set.of(11L, 12L), Set.of());

        assertFalse(health.up());
        assertEquals("de API-server publiceert 1 van 2 resources", health.detail());
    }

    @Test
    public void downWhileTheServerIsRebuilt() {
        resource("Budgetten", ComponentConfigurationDTO.ACTIVE);
        server(ComponentConfigurationDTO.SATISFIED, 11L);

        assertFalse(ApiGereedheid.beoordeel(componenten, Set.of(11L), Set.of()).up());
    }

    @Test
    public void downWithoutAServer() {
        resource("Budgetten", ComponentConfigurationDTO.ACTIVE);

        assertEquals("de API-server is niet actief", ApiGereedheid.beoordeel(componenten, Set.of(11L), Set.of()).detail());
    }

    @Test
    public void otherComponentsOfTheBundleDoNotCount() {
        ComponentDescriptionDTO filter = beschrijving("Filter", "nl.samenspraak.rest.internal.Iets", "javax.ws.rs.container.ContainerRequestFilter");
        componenten.put(filter, List.of(configuratie(ComponentConfigurationDTO.UNSATISFIED_REFERENCE)));
        resource("Budgetten", ComponentConfigurationDTO.ACTIVE);
        server(ComponentConfigurationDTO.ACTIVE, 11L);

        assertTrue(ApiGereedheid.beoordeel(componenten, Set.of(11L), Set.of()).up());
    }

    private void resource(String naam, int state) {
        componenten.put(beschrijving(naam, "nl.samenspraak.rest.internal.resources." + naam, ApiResource.class.getName()),
                List.of(configuratie(state)));
    }

    private void server(int state, Long... resources) {
        ComponentConfigurationDTO configuratie = configuratie(state);
        SatisfiedReferenceDTO gebonden = new SatisfiedReferenceDTO();
        gebonden.name = "resources";
        gebonden.boundServices = new ServiceReferenceDTO[resources.length];
        for (int i = 0; i < resources.length; i++) {
            gebonden.boundServices[i] = new ServiceReferenceDTO();
            gebonden.boundServices[i].id = resources[i];
        }
        SatisfiedReferenceDTO providers = new SatisfiedReferenceDTO();
        providers.name = "providers";
        providers.boundServices = new ServiceReferenceDTO[0];
        configuratie.satisfiedReferences = new SatisfiedReferenceDTO[] { gebonden, providers };
        componenten.put(beschrijving("ApiServer", ApiServer.class.getName()), List.of(configuratie));
    }

    private static ComponentDescriptionDTO beschrijving(String naam, String klasse, String... services) {
        ComponentDescriptionDTO beschrijving = new ComponentDescriptionDTO();
        beschrijving.name = naam;
        beschrijving.implementationClass = klasse;
        beschrijving.serviceInterfaces = services;
        return beschrijving;
    }

    private static ComponentConfigurationDTO configuratie(int state) {
        ComponentConfigurationDTO configuratie = new ComponentConfigurationDTO();
        configuratie.state = state;
        configuratie.satisfiedReferences = new SatisfiedReferenceDTO[0];
        return configuratie;
    }
}
