package nl.samenspraak.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.samenspraak.api.health.Health;
import nl.samenspraak.api.health.HealthCheck;
import nl.samenspraak.api.security.Rol;

/**
 * Adds the demo users (password {@code demo}) to the {@code karaf} realm the way {@code jaas:useradd} does,
 * through the realm's own backing engine, so passwords are hashed when the realm encrypts. Existing users
 * are left alone. Never part of a production installation: only the {@code samenspraak-demo} feature
 * installs this bundle.
 */
@Component(immediate = true, service = HealthCheck.class)
public class DemoUsers implements HealthCheck {

    static final String PASSWORD = "demo";
    static final Map<String, Set<String>> USERS = Map.of(
            "beheerder", Set.of(Rol.BEHEERDER.naam()),
            "ambtenaar-denhaag", Set.of(Rol.AMBTENAAR.voor("GM0518")),
            "inwoner-denhaag", Set.of(Rol.INWONER.voor("GM0518")),
            "ambtenaar-doetinchem", Set.of(Rol.AMBTENAAR.voor("GM0222")));

    private static final String USERS_FILE_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";

    /** Karaf keeps the real login module's class in this option of its proxy entries. */
    private static final String MODULE_OPTION = "org.apache.karaf.jaas.module";

    private static final String REALM = "karaf";

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    // greedy: the component re-activates as realms and engines appear; adding users is idempotent
    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
    private List<JaasRealm> realms;

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
    private List<BackingEngineFactory> engineFactories;

    /**
     * Logins rewrite the users file too; one that overlaps with the writes below can lose them. Reporting
     * through health keeps clients that wait for readiness (bin/start-demo, the itests) from signing in
     * before every demo user is written.
     */
    private volatile boolean written;

    @Activate
    void activate() {
        realms.stream().filter(r -> REALM.equals(r.getName())).forEach(this::addUsers);
        written = true;
    }

    @Override
    public String name() {
        return "demo-gebruikers";
    }

    @Override
    public Health check() {
        return written ? Health.up(USERS.size() + " demo users") : Health.down("demo users are being written");
    }

    private void addUsers(JaasRealm realm) {
        for (AppConfigurationEntry entry : realm.getEntries()) {
            Object proxied = entry.getOptions().get(MODULE_OPTION);
            String module = proxied != null ? proxied.toString() : entry.getLoginModuleName();
            if (!USERS_FILE_MODULE.equals(module)) {
                continue; // e.g. the public key module of keys.properties
            }
            engineFactories.stream().filter(f -> f.getModuleClass().equals(module)).findFirst()
                    .ifPresent(factory -> addUsers(factory.build(entry.getOptions())));
        }
    }

    private void addUsers(BackingEngine engine) {
        USERS.forEach((user, roles) -> {
            if (engine.lookupUser(user) != null) {
                return;
            }
            engine.addUser(user, PASSWORD);
            roles.forEach(role -> engine.addRole(user, role));
            LOG.warn("Demo user {} added with roles {} and password '{}': not for production", user, roles, PASSWORD);
        });
    }
}
