package nl.samenspraak.core.internal.monitor;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance per gemeente configuration ({@code etc/nl.samenspraak.gemeente-*.cfg}, the same files that configure
 * the gemeente): reads its inhabitants per wijk for the monitor, and {@code monitor.benchmark = true} when it takes
 * part in the benchmark. A mistake in them is logged and leaves the turnout
 * empty; it never stops the gemeente itself.
 */
@Component(configurationPid = "nl.samenspraak.gemeente", configurationPolicy = ConfigurationPolicy.REQUIRE, service = {})
public class InwonertalConfiguratie {

    private static final Logger LOG = LoggerFactory.getLogger(InwonertalConfiguratie.class);

    @Reference
    private Inwonertallen inwonertallen;

    private String gemeente;

    @Activate
    @Modified
    void lees(Map<String, Object> properties) {
        String code = String.valueOf(properties.get("code")).trim();
        if (gemeente != null && !gemeente.equals(code)) {
            inwonertallen.verwijder(gemeente);
        }
        gemeente = code;
        inwonertallen.benchmark(code, "true".equalsIgnoreCase(String.valueOf(properties.get("monitor.benchmark")).trim()));
        try {
            inwonertallen.zet(code, InwonertalParser.parse(properties));
        } catch (IllegalArgumentException e) {
            inwonertallen.zet(code, List.of());
            LOG.error("Inhabitants per wijk of gemeente {} ignored: {}. The monitor shows no turnout for it.", code, e.getMessage());
        }
    }

    @Deactivate
    void stop() {
        if (gemeente != null) {
            inwonertallen.verwijder(gemeente);
        }
    }
}
