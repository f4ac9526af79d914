package nl.samenspraak.core.internal.gemeente;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.samenspraak.api.gemeente.Gemeente;

/**
 * One instance per {@code nl.samenspraak.gemeente} factory configuration: hands the parsed gemeente to the
 * registry, or logs why the configuration is refused.
 */
@Component(configurationPid = GemeenteConfiguration.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = {})
@Designate(ocd = GemeenteConfig.class, factory = true)
public class GemeenteConfiguration {

    static final String FACTORY_PID = "nl.samenspraak.gemeente";

    private static final Logger LOG = LoggerFactory.getLogger(GemeenteConfiguration.class);

    @Reference
    private ConfiguredGemeenten registry;

    private String pid;

    @Activate
    @Modified
    void apply(Map<String, Object> properties) {
        pid = String.valueOf(properties.get("service.pid"));
        Object source = properties.getOrDefault("felix.fileinstall.filename", pid);
        try {
            Gemeente gemeente = GemeenteConfigParser.parse(properties);
            registry.configure(pid, gemeente, GemeenteConfigParser.leveranciers(properties));
        } catch (InvalidGemeenteConfigurationException e) {
            LOG.error("Gemeente configuration {} refused: {}. Other gemeenten are not affected{}.", source,
                    e.getMessage(), registry.has(pid) ? "; this gemeente keeps its previous configuration" : "");
        }
    }

    @Deactivate
    void deactivate() {
        registry.remove(pid);
    }
}
