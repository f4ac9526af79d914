package nl.samenspraak.demo.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.samenspraak.api.security.Rol;

/**
 * Lets the demo users (password {@code demo}) sign in without touching {@code etc/users.properties}.
 *
 * <p>The demo users live in a file of this bundle's own data area, written once (atomically, passwords
 * already hashed) before anyone can use it. A realm named {@code karaf} with a higher rank than Karaf's own
 * then offers Karaf's login modules first and this file after them. Earlier the demo added its users to
 * {@code users.properties} at runtime; a login rewrites that file too, and one overlapping login lost a
 * demo user's role. Nothing writes the demo file after activation, so there is nothing to race. Removing
 * the demo feature withdraws the realm, and with it every demo login.
 */
@Component(immediate = true, service = JaasRealm.class, property = DemoRealm.DEMO_PROPERTY + ":Boolean=true")
public class DemoRealm implements JaasRealm {

    static final String PASSWORD = "demo";
    static final Map<String, List<String>> USERS = users();

    static final String REALM = "karaf";
    /** Marks this realm, so that it does not count itself among the realms it builds on. */
    static final String DEMO_PROPERTY = "samenspraak.demo";
    private static final String USERS_FILE_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    /** Karaf keeps the real login module's class in this option of its proxy entries. */
    private static final String MODULE_OPTION = "org.apache.karaf.jaas.module";
    private static final Logger LOG = LoggerFactory.getLogger(DemoRealm.class);

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, target = "(!(" + DEMO_PROPERTY + "=true))")
    private List<JaasRealm> realms;

    private Path usersFile;

    @Activate
    void activate(BundleContext context) throws IOException {
        usersFile = context.getDataFile("demo-users.properties").toPath();
        write(usersFile);
        LOG.warn("Demo users {} can sign in with password '{}': not for production", USERS.keySet(), PASSWORD);
    }

    @Override
    public String getName() {
        return REALM;
    }

    @Override
    public int getRank() {
        return karafRealm().map(JaasRealm::getRank).orElse(0) + 1;
    }

    /** Karaf's own entries unchanged, then the demo users file read by the same login module and options. */
    @Override
    public AppConfigurationEntry[] getEntries() {
        List<AppConfigurationEntry> entries = new ArrayList<>(
                List.of(karafRealm().map(JaasRealm::getEntries).orElse(new AppConfigurationEntry[0])));
        entries.stream().filter(DemoRealm::readsUsersFile).findFirst().ifPresent(usersEntry -> {
            Map<String, Object> options = new HashMap<>(usersEntry.getOptions());
            options.put("users", usersFile.toString());
            entries.add(new AppConfigurationEntry(usersEntry.getLoginModuleName(),
                    AppConfigurationEntry.LoginModuleControlFlag.SUFFICIENT, options));
        });
        return entries.toArray(AppConfigurationEntry[]::new);
    }

    private Optional<JaasRealm> karafRealm() {
        return realms.stream().filter(r -> REALM.equals(r.getName())).findFirst();
    }

    private static boolean readsUsersFile(AppConfigurationEntry entry) {
        Object proxied = entry.getOptions().get(MODULE_OPTION);
        return USERS_FILE_MODULE.equals(proxied != null ? proxied.toString() : entry.getLoginModuleName());
    }

    /**
     * In the format of users.properties, as an unsalted SHA-512 in hex: a hash of before, which the realm's
     * encryption (etc/org.apache.karaf.jaas.cfg) still accepts. The demo password is public anyway, and a slow
     * hash would only make every test's first login slower.
     */
    static String usersFileContent() {
        StringBuilder content = new StringBuilder("# Demo users of Samenspraak, written by the samenspraak-demo feature\n");
        String hash = "{CRYPT}" + sha512Hex(PASSWORD) + "{CRYPT}";
        USERS.forEach((user, roles) -> content.append(user).append(" = ").append(hash)
                .append(',').append(String.join(",", roles)).append('\n'));
        return content.toString();
    }

    private static void write(Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, usersFileContent(), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String sha512Hex(String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512")
                    .digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-512", e);
        }
    }

    private static Map<String, List<String>> users() {
        Map<String, List<String>> users = new LinkedHashMap<>();
        users.put("beheerder", List.of(Rol.BEHEERDER.naam()));
        users.put("ambtenaar-denhaag", List.of(Rol.AMBTENAAR.voor("GM0518")));
        users.put("inwoner-denhaag", List.of(Rol.INWONER.voor("GM0518")));
        users.put("ambtenaar-doetinchem", List.of(Rol.AMBTENAAR.voor("GM0222")));
        users.put("inwoner-doetinchem", List.of(Rol.INWONER.voor("GM0222")));
        return Collections.unmodifiableMap(users);
    }
}
