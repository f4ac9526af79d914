package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import nl.samenspraak.rules.RegelsRegister;

/**
 * Issue 19: hostile rules bundles, one attack each (itests/fixtures, package {@code vijand}), against the walls
 * around gemeente bundles (bundles/muren) and the admission of rules (core). GM0599 is configured here and trusts
 * the build's demo key, as GM0518 does in the demo; the hostile bundles name GM0599 and most are signed by that
 * key. After every attack the other gemeenten's data, decisions, sign-in and health are what they were.
 */
public class MurenIT extends SamenspraakTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(MurenIT.class);
    private static final Duration GENEROUS = Duration.ofSeconds(60);
    private static final String TOETS = "/subsidieregelingen/bewonersinitiatief/beoordelingen";
    private static final String MODEL = "nl.samenspraak.gemeente-model";

    @Inject
    private SessionFactory sessionFactory;

    @Configuration
    @Override
    public Option[] configuration() {
        return OptionUtils.combine(super.configuration(),
                editConfigurationFilePut("etc/nl.samenspraak.gemeente-rotterdam.cfg", "code", "GM0599"),
                editConfigurationFilePut("etc/nl.samenspraak.gemeente-rotterdam.cfg", "naam", "Rotterdam"),
                editConfigurationFilePut("etc/nl.samenspraak.gemeente-rotterdam.cfg", "leverancier.certificaat",
                        requiredProperty("samenspraak.demo.certificaat")),
                systemProperty("samenspraak.fixtures").value(requiredProperty("samenspraak.fixtures")),
                systemProperty("samenspraak.demo.certificaat").value(requiredProperty("samenspraak.demo.certificaat")),
                systemProperty("samenspraak.andere.certificaat").value(requiredProperty("samenspraak.andere.certificaat")));
    }

    // ---- what a bundle may import ----

    @Test
    public void aJarInDeployThatImportsJavaxSqlDoesNotResolveAndSaysWhy() throws Exception {
        Toestand voor = toestand();
        Path deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        Path naast = Files.copy(Path.of(fixture("vijand-sql")), deploy.resolveSibling("vijand-sql.jar.nieuw"),
                StandardCopyOption.REPLACE_EXISTING);
        Path geplaatst = Files.move(naast, deploy.resolve("vijand-sql.jar"), StandardCopyOption.ATOMIC_MOVE);
        try {
            await("the jar in deploy/ is installed", GENEROUS, () -> bundel("nl.samenspraak.itests.vijand.sql").isPresent());
            Bundle sql = bundel("nl.samenspraak.itests.vijand.sql").orElseThrow();
            // it carries no Samenspraak-Gemeente header: coming from deploy/ walls it in all the same
            awaitLog("Wall: gemeente bundle nl.samenspraak.itests.vijand.sql 1.0.0 (uit deploy/) is not wired to javax.sql");
            assertDoesNotStart(sql);
            assertAnderenOngedeerd(voor);
        } finally {
            Files.deleteIfExists(geplaatst);
            // fileinstall's uninstall and refresh must not overlap the next test
            await("the jar's bundle is gone from the framework", GENEROUS,
                    () -> bundel("nl.samenspraak.itests.vijand.sql").isEmpty());
        }
    }

    @Test
    public void aJaasRealmFromAGemeenteBundleNeverSignsAnyoneIn() throws Exception {
        Toestand voor = toestand();
        Bundle jaas = bundleContext.installBundle("file:" + fixture("vijand-jaas"));
        try {
            assertDoesNotStart(jaas);
            // the resolver stops at the first import it cannot wire: javax.security.auth.login or Karaf's JAAS API
            awaitLog("Wall: gemeente bundle nl.samenspraak.itests.vijand.jaas 1.0.0 (GM0599) is not wired to ");
            assertAnderenOngedeerd(voor);
        } finally {
            jaas.uninstall();
        }
    }

    @Test
    public void aHealthCheckFromAGemeenteBundleNeverReplacesThePlatforms() throws Exception {
        Toestand voor = toestand();
        Bundle gezondheid = bundleContext.installBundle("file:" + fixture("vijand-gezondheid"));
        try {
            assertDoesNotStart(gezondheid);
            awaitLog("Wall: gemeente bundle nl.samenspraak.itests.vijand.gezondheid 1.0.0 (GM0599) is not wired to nl.samenspraak.api.health");
            assertEquals("UP", json(get("/health")).at("/checks/database/status").asText());
            assertAnderenOngedeerd(voor);
        } finally {
            gezondheid.uninstall();
        }
    }

    @Test
    public void anEntityManagerFactoryWithAnotherTenantIdIsOutOfReach() throws Exception {
        assertWalledOut("vijand-jpa", "javax.persistence");
    }

    @Test
    public void aBookingOnAnotherGemeentesBudgetThroughTheDomainServicesIsOutOfReach() throws Exception {
        assertWalledOut("vijand-boeking", "nl.samenspraak.api.budget");
    }

    @Test
    public void derbysOwnDriverOnTheRunningEngineIsOutOfReach() throws Exception {
        assertWalledOut("vijand-derby", "org.apache.derby.jdbc");
    }

    @Test
    public void theVotingCodeKeyThroughConfigurationAdminIsOutOfReach() throws Exception {
        assertWalledOut("vijand-sleutel", "org.osgi.service.cm");
    }

    @Test
    public void aWijkWrittenIntoAnotherGemeentesConfigurationIsOutOfReach() throws Exception {
        Toestand voor = toestand();
        assertWalledOut("vijand-wijk", "org.osgi.service.cm");
        assertEquals("GM0518's wijken", voor.wijkenGM0518(), toestand().wijkenGM0518());
    }

    @Test
    public void stoppingAndStartingOtherBundlesIsOutOfReach() throws Exception {
        assertWalledOut("vijand-bundels", "org.osgi.framework");
        assertEquals(Bundle.ACTIVE, bundel(MODEL).orElseThrow().getState());
    }

    /**
     * A bundle that imports only the SPI and java.*, and asks Declarative Services for the platform's services by
     * interface name (the framework hands them to a bundle that cannot load the interface, assuming reflection):
     * the service hooks leave it nothing. Its decision for GM0599 reports what each attempt got.
     */
    @Test
    public void platformServicesAskedForByNameAreHiddenAndDerbyIsOutOfReach() throws Exception {
        Toestand voor = toestand();
        Bundle spion = bundleContext.installBundle("file:" + fixture("vijand-spion"));
        try {
            spion.start();
            assertEquals(Bundle.ACTIVE, spion.getState());
            java.util.Map<String, String> verslag = new java.util.HashMap<>();
            awaitNothingMissing("the spy decides for GM0599", GENEROUS, () -> {
                HttpResponse<String> toets = post("/gemeenten/GM0599" + TOETS, null, aanvraag("750.00", "buurt", 34));
                if (toets.statusCode() != 200) {
                    return toets.statusCode() + " " + toets.body();
                }
                json(toets).get("redenen").forEach(r -> verslag.put(r.get("artikel").asText(), r.get("toelichting").asText()));
                return "";
            });
            LOG.info("What the spy got: {}", verslag);
            // the control: a service asked for by name, its own, is delivered
            assertEquals(verslag.toString(), "1 gevonden", verslag.get("java.lang.Runnable"));
            for (String dienst : java.util.List.of("javax.sql.DataSource", "javax.persistence.EntityManagerFactory",
                    "nl.samenspraak.api.budget.BudgetService", "org.osgi.service.jdbc.DataSourceFactory",
                    "org.osgi.service.cm.ConfigurationAdmin", "nl.samenspraak.core.internal.wijkbudget.Stemgeheim")) {
                assertEquals(dienst + ": " + verslag, "0 gevonden", verslag.get(dienst));
            }
            assertTrue(verslag.toString(), verslag.get("DriverManager").startsWith("geweigerd"));
            String tccl = verslag.get("contextklasselader");
            assertTrue(verslag.toString(), tccl.equals("geen") || tccl.startsWith("geweigerd"));
            // outside the walls, as docs/leverancier-vertrouwen.md says: reflection from its own class loader reaches
            // its BundleContext, whose lookups the hook still filters, but not what other bundles registered; files
            // and processes of the Karaf user
            String context = verslag.get("bundelcontext");
            assertTrue(verslag.toString(), context.startsWith("bereikt") && context.contains("DataSource gezocht: 0;")
                    && !context.endsWith("geregistreerd: 0"));
            assertEquals(verslag.toString(), "gelezen", verslag.get("etc"));
            assertTrue(verslag.toString(), verslag.get("proces").startsWith("gestart als "));
            assertAnderenOngedeerd(voor);
        } finally {
            spion.uninstall();
        }
    }

    /** A GM0599 bundle importing one forbidden package: it does not resolve, says why, and harms no one. */
    private void assertWalledOut(String fixture, String verboden) throws Exception {
        Toestand voor = toestand();
        Bundle bundel = bundleContext.installBundle("file:" + fixture(fixture));
        try {
            assertDoesNotStart(bundel);
            awaitLog("Wall: gemeente bundle " + bundel.getSymbolicName() + " 1.0.0 (GM0599) is not wired to " + verboden + ":");
            assertAnderenOngedeerd(voor);
        } finally {
            bundel.uninstall();
        }
    }

    // ---- what a bundle may offer ----

    @Test
    public void aSecondRulesRegisterFromAGemeenteBundleIsInvisibleToThePlatform() throws Exception {
        Toestand voor = toestand();
        Bundle register = bundleContext.installBundle("file:" + fixture("vijand-register"));
        try {
            register.start(); // only the rules SPI: it resolves, and registers its register
            assertEquals(Bundle.ACTIVE, register.getState());
            assertTrue("the hostile register is registered", Stream.of(register.getRegisteredServices())
                    .anyMatch(r -> Stream.of((String[]) r.getProperty("objectClass")).anyMatch(RegelsRegister.class.getName()::equals)));
            Collection<ServiceReference<RegelsRegister>> gezien = bundleContext.getServiceReferences(RegelsRegister.class, null);
            assertEquals("the platform sees one register, its own: " + gezien, 1, gezien.size());
            assertEquals("nl.samenspraak.core", gezien.iterator().next().getBundle().getSymbolicName());
            assertAnderenOngedeerd(voor);
        } finally {
            register.uninstall();
        }
    }

    // ---- admission ----

    @Test
    public void rulesForAnotherGemeenteOrTheModelAreRefusedItsOwnAdmitted() throws Exception {
        Toestand voor = toestand();
        Bundle overname = bundleContext.installBundle("file:" + fixture("vijand-overname"));
        try {
            overname.start();
            String demo = System.getProperty("samenspraak.demo.certificaat");
            // its own gemeente's rules are admitted: signed by the key GM0599 trusts
            awaitNothingMissing("GM0599 decides with its own admitted rules", GENEROUS, () -> {
                HttpResponse<String> toets = post("/gemeenten/GM0599" + TOETS, null, aanvraag("750.00", "buurt", 34));
                return toets.statusCode() == 200 ? "" : toets.statusCode() + " " + toets.body();
            });
            String refusal = "GEWEIGERD: regels voor GM0518 uit nl.samenspraak.itests.vijand.overname 1.0.0: de bundel is voor "
                    + "GM0599 en mag geen regels voor GM0518 leveren";
            String modelRefusal = "GEWEIGERD: regels voor model uit nl.samenspraak.itests.vijand.overname 1.0.0: model-regels "
                    + "komen alleen uit de modelbundel van het platform";
            awaitNothingMissing("the refusals in the health detail", GENEROUS, () -> {
                String detail = json(get("/health")).at("/checks/regels/detail").asText();
                return detail.contains(refusal) && detail.contains(modelRefusal) ? "" : detail;
            });
            awaitLog("Rules refused: bundle nl.samenspraak.itests.vijand.overname 1.0.0 may not decide for GM0518");
            awaitLog("Rules refused: bundle nl.samenspraak.itests.vijand.overname 1.0.0 may not decide for model");

            // an update is recorded too, with who signed the new content
            overname.update();
            awaitNothingMissing("GM0599 decides again after the update", GENEROUS, () -> {
                HttpResponse<String> toets = post("/gemeenten/GM0599" + TOETS, null, aanvraag("750.00", "buurt", 34));
                return toets.statusCode() == 200 ? "" : toets.statusCode() + " " + toets.body();
            });

            String journaal = shell("samenspraak:regels-toelating", "viewer");
            LOG.info("samenspraak:regels-toelating after the take-over attempt:\n{}", journaal);
            assertTrue(journaal, Stream.of(journaal.split("\n")).anyMatch(r -> r.contains("geinstalleerd") && r.contains("GM0599")
                    && r.contains("nl.samenspraak.itests.vijand.overname") && r.contains(demo)));
            assertTrue(journaal, Stream.of(journaal.split("\n")).anyMatch(r -> r.contains("toegelaten") && r.contains("GM0599")
                    && r.contains(demo)));
            assertTrue(journaal, Stream.of(journaal.split("\n")).anyMatch(r -> r.contains("bijgewerkt") && r.contains("GM0599")
                    && r.contains("nl.samenspraak.itests.vijand.overname") && r.contains(demo)));
            assertTrue(journaal, Stream.of(journaal.split("\n")).anyMatch(r -> r.contains("geweigerd") && r.contains("GM0518")));
            assertTrue(journaal, Stream.of(journaal.split("\n")).anyMatch(r -> r.contains("geweigerd") && r.contains("model")));

            // Felix without its security provider does not check signatures: the platform checks them itself
            assertTrue("Felix reports signers: " + overname.getSignerCertificates(Bundle.SIGNERS_ALL),
                    overname.getSignerCertificates(Bundle.SIGNERS_ALL).isEmpty());
            assertAnderenOngedeerd(voor);
        } finally {
            overname.uninstall();
        }
        String ingetrokken = shell("samenspraak:regels-toelating --gemeente GM0599", "viewer");
        assertTrue(ingetrokken, Stream.of(ingetrokken.split("\n")).anyMatch(r -> r.contains("ingetrokken")
                && r.contains("nl.samenspraak.itests.vijand.overname") && r.contains(System.getProperty("samenspraak.demo.certificaat"))));
    }

    @Test
    public void anUnsignedBundleIsRefused() throws Exception {
        assertRefused("vijand-ongetekend", "nl.samenspraak.itests.vijand.ongetekend 1.0.0: de bundel is niet geldig ondertekend");
    }

    @Test
    public void aBundleSignedByAnotherSupplierIsRefused() throws Exception {
        assertRefused("vijand-andere", "nl.samenspraak.itests.vijand.andere 1.0.0: ondertekend door "
                + System.getProperty("samenspraak.andere.certificaat") + ", niet door de leverancier van GM0599");
    }

    private void assertRefused(String fixture, String waarom) throws Exception {
        Toestand voor = toestand();
        Bundle bundel = bundleContext.installBundle("file:" + fixture(fixture));
        try {
            bundel.start();
            awaitNothingMissing("the refusal in the health detail", GENEROUS, () -> {
                String detail = json(get("/health")).at("/checks/regels/detail").asText();
                return detail.contains("GEWEIGERD: regels voor GM0599 uit " + waarom) ? "" : detail;
            });
            JsonNode probleem = assertProblem(post("/gemeenten/GM0599" + TOETS, null, aanvraag("750.00", "buurt", 34)), 503);
            assertTrue(probleem.toString(), probleem.get("detail").asText().contains("geweigerd"));
            String journaal = shell("samenspraak:regels-toelating --gemeente GM0599", "viewer");
            assertTrue(journaal, Stream.of(journaal.split("\n")).anyMatch(r -> r.contains("geweigerd") && r.contains("GM0599")
                    && r.contains(bundel.getSymbolicName())));
            assertAnderenOngedeerd(voor);
        } finally {
            bundel.uninstall();
        }
    }

    // ---- the other gemeenten, untouched ----

    /** What the other gemeenten have before an attack: GM0518's stored budgets, as its civil servant sees them. */
    private record Toestand(String budgettenGM0518, String wijkenGM0518) {
    }

    private Toestand toestand() {
        HttpResponse<String> budgetten = get("/gemeenten/GM0518/budgetten", "ambtenaar-denhaag", "demo");
        assertEquals(budgetten.body(), 200, budgetten.statusCode());
        HttpResponse<String> gemeente = get("/gemeenten/GM0518");
        assertEquals(gemeente.body(), 200, gemeente.statusCode());
        return new Toestand(budgetten.body(), gemeente.body());
    }

    private void assertAnderenOngedeerd(Toestand voor) {
        HttpResponse<String> health = get("/health");
        assertEquals("the node stays in the load balancer: " + health.body(), 200, health.statusCode());
        assertEquals(health.body(), "UP", json(health).get("status").asText());

        HttpResponse<String> model = post("/gemeenten/GM0222" + TOETS, null, aanvraag("750.00", "buurt", 34));
        assertEquals(model.body(), 200, model.statusCode());
        JsonNode toegekend = json(model);
        assertEquals(toegekend.toString(), "toegekend", toegekend.get("uitkomst").asText());
        assertEquals(MODEL, toegekend.at("/regels/bundel").asText());
        JsonNode afgewezen = json(post("/gemeenten/GM0222" + TOETS, null, aanvraag("6000.00", "wijk", 16)));
        assertEquals("the model still refuses what it refuses: " + afgewezen, "afgewezen", afgewezen.get("uitkomst").asText());
        assertProblem(post("/gemeenten/GM0518" + TOETS, null, aanvraag("750.00", "buurt", 34)), 503);

        assertEquals(200, get("/mij", "ambtenaar-denhaag", "demo").statusCode());
        // refused: 401, or 429 once the platform throttles the name after five failures (every attack tries it)
        int achterdeur = get("/mij", "achterdeur", "achterdeur").statusCode();
        assertTrue("the backdoor user is not signed in: " + achterdeur, achterdeur == 401 || achterdeur == 429);
        Toestand na = toestand();
        assertEquals("GM0518's data", voor.budgettenGM0518(), na.budgettenGM0518());
        assertEquals("GM0518's configuration", voor.wijkenGM0518(), na.wijkenGM0518());
    }

    private static String aanvraag(String bedrag, String schaal, int leeftijd) {
        return "{\"ingediendOp\":\"2025-04-01\",\"activiteitOp\":\"2025-06-01\",\"gevraagd\":\"" + bedrag + "\",\"schaal\":\""
                + schaal + "\",\"leeftijdAanvrager\":" + leeftijd + ",\"kenmerken\":[\"openbaar_toegankelijk\"]}";
    }

    // ---- helpers ----

    private static String fixture(String naam) {
        return System.getProperty("samenspraak.fixtures") + "-" + naam + ".jar";
    }

    private Optional<Bundle> bundel(String bsn) {
        return Stream.of(bundleContext.getBundles()).filter(b -> bsn.equals(b.getSymbolicName())).findFirst();
    }

    /**
     * Resolves through the framework before starting: {@code start()} holds the bundle's lock while it waits for the
     * resolver, and Felix breaks that wait when a refresh elsewhere needs the lock (fileinstall's, after the deploy/
     * test), so a start alone could fail without the walls ever being asked.
     */
    private void assertDoesNotStart(Bundle bundel) {
        FrameworkWiring wiring = bundleContext.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        assertFalse(bundel.getSymbolicName() + " resolved behind the walls", wiring.resolveBundles(List.of(bundel)));
        try {
            bundel.start();
            fail(bundel.getSymbolicName() + " started behind the walls");
        } catch (BundleException e) {
            assertEquals(e.toString(), Bundle.INSTALLED, bundel.getState());
        }
    }

    private static void awaitLog(String regel) {
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        awaitNothingMissing("the log says: " + regel, GENEROUS, () -> {
            try {
                return Files.readString(log).contains(regel) ? "" : "not yet";
            } catch (IOException e) {
                return e.toString();
            }
        });
    }

    private String shell(String command, String role) throws Exception {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(uit, true, StandardCharsets.UTF_8)) {
            Session session = sessionFactory.create(InputStream.nullInputStream(), print, print);
            Subject subject = new Subject();
            subject.getPrincipals().add(new UserPrincipal("hostingpartij"));
            subject.getPrincipals().add(new RolePrincipal(role));
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            print.flush();
        }
        return uit.toString(StandardCharsets.UTF_8);
    }
}
