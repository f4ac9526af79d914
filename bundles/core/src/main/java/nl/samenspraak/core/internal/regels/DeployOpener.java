package nl.samenspraak.core.internal.regels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens {@code deploy/} (gemeente rules bundles and feature files) once Karaf's boot features are all in: when
 * {@code BootFinished} appears it gives fileinstall the configuration of a watcher of that folder. Jars that lie in
 * {@code deploy/} at first start are thus installed after the platform's features, never while they start (the
 * boot race of docs/hosting.md).
 * <p>
 * A third boot stage (a feature holding this configuration) did this before. It cost a whole feature resolution,
 * and Karaf wrote that configuration to {@code etc/}, whose watcher then applied it a second time: a file that the
 * first watcher had just installed was left installed and never started (the demo of {@code bin/start-demo} once
 * waited a minute for it). A configuration made here is made once, kept by Configuration Admin across restarts and
 * not written to {@code etc/}. An installation whose {@code deploy/} is already watched (its
 * {@code etc/org.apache.felix.fileinstall-deploy.cfg} from that stage, say) is left as it is.
 */
@Component(immediate = true)
public class DeployOpener {

    static final String FILEINSTALL = "org.apache.felix.fileinstall";
    static final String DIR = "felix.fileinstall.dir";

    private static final Logger LOG = LoggerFactory.getLogger(DeployOpener.class);

    private final BundleContext context;
    private final ConfigurationAdmin configAdmin;
    private final ServiceListener bootKlaar = event -> {
        if (event.getType() == ServiceEvent.REGISTERED) {
            open();
        }
    };
    private boolean geopend;

    @Activate
    public DeployOpener(BundleContext context, @Reference ConfigurationAdmin configAdmin) throws InvalidSyntaxException {
        this.context = context;
        this.configAdmin = configAdmin;
        context.addServiceListener(bootKlaar, "(objectClass=" + Opstart.BOOT_FINISHED + ")");
        if (context.getServiceReference(Opstart.BOOT_FINISHED) != null) {
            open();
        }
    }

    @Deactivate
    void deactivate() {
        context.removeServiceListener(bootKlaar);
    }

    private synchronized void open() {
        Optional<Path> deploy = Opstart.deploy(null);
        if (geopend || deploy.isEmpty()) {
            return;
        }
        geopend = true;
        try {
            Configuration[] bestaand = configAdmin.listConfigurations("(service.factoryPid=" + FILEINSTALL + ")");
            if (bewaakt(deploy.get(), bestaand == null ? List.of() : Stream.of(bestaand).map(Configuration::getProperties).toList())) {
                return;
            }
            Path data = Path.of(System.getProperty("karaf.data", deploy.get().resolveSibling("data").toString()));
            configAdmin.createFactoryConfiguration(FILEINSTALL, "?").update(watcher(deploy.get(), data));
            LOG.info("Boot features are in: {} is open for gemeente bundles", deploy.get());
        } catch (IOException | InvalidSyntaxException e) {
            LOG.error("Could not open {} for gemeente bundles; jars placed there are not installed", deploy.get(), e);
        }
    }

    /** Whether one of these fileinstall configurations already watches the folder. */
    static boolean bewaakt(Path deploy, List<Dictionary<String, Object>> configuraties) {
        Path doel = deploy.toAbsolutePath().normalize();
        return configuraties.stream().filter(c -> c != null && c.get(DIR) != null)
                .anyMatch(c -> Path.of(c.get(DIR).toString()).toAbsolutePath().normalize().equals(doel));
    }

    /**
     * The watcher: polled every 250 ms (a jar moved in shows within a second), bundles at start level 80 like the
     * platform's own, unpacked feature files under data/.
     */
    static Hashtable<String, Object> watcher(Path deploy, Path data) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(DIR, deploy.toString());
        properties.put("felix.fileinstall.tmpdir", data.resolve("generated-bundles").toString());
        properties.put("felix.fileinstall.poll", "250");
        properties.put("felix.fileinstall.start.level", "80");
        properties.put("felix.fileinstall.active.level", "80");
        properties.put("felix.fileinstall.log.level", "3");
        return properties;
    }
}
