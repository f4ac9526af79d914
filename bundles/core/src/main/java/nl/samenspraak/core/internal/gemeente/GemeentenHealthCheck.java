package nl.samenspraak.core.internal.gemeente;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.health.Health;
import nl.samenspraak.api.health.HealthCheck;

/**
 * Up while the platform serves at least one gemeente: a platform without tenants serves nobody.
 */
@Component(service = HealthCheck.class)
public class GemeentenHealthCheck implements HealthCheck {

    @Reference
    private GemeenteRegistry registry;

    @Override
    public String name() {
        return "gemeenten";
    }

    @Override
    public Health check() {
        int count = registry.list().size();
        return count > 0 ? Health.up(count + " gemeenten") : Health.down("no gemeente configured");
    }
}
