package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
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
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Gemeente rules bundles are installed, updated and uninstalled while clients keep sending requests for
 * several gemeenten, through real bundle operations inside the container and real HTTP. Test gemeente GM9901
 * is swapped (fixture bundle 1.0.0, then 2.0.0); GM9902's misbehaving bundle lies in {@code deploy/} before
 * the first start; GM0222 has the model rules. The figures are logged and written to
 * {@code itests/target/hotswap-swap.txt} and {@code hotswap-misbehaving.txt}. Times are measured, never asserted tightly: the machine may be slow.
 */
public class HotSwapIT extends SamenspraakTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(HotSwapIT.class);

    private static final String WISSEL_BSN = "nl.samenspraak.itests.fixture.gm9901";
    private static final String GRILLIG_BSN = "nl.samenspraak.itests.fixture.gm9902";
    private static final Set<String> PLATFORM = Set.of("nl.samenspraak.api", "nl.samenspraak.rules-api",
            "nl.samenspraak.core", "nl.samenspraak.rest", "nl.samenspraak.schema", "nl.samenspraak.persistence",
            "nl.samenspraak.shell", "nl.samenspraak.allocation", "nl.samenspraak.gemeente-model");
    private static final Duration GENEROUS = Duration.ofSeconds(30);
    private static final int UPDATES = 9;
    private static final int MEERVOUD_UPDATES = 20;
    private static final String AANVRAAG_OP = """
            {"ingediendOp":"%d-04-01","activiteitOp":"%d-06-01","gevraagd":"750.00","schaal":"buurt",
             "leeftijdAanvrager":34,"kenmerken":["openbaar_toegankelijk"]}""";
    private static final String AANVRAAG = """
            {"ingediendOp":"2025-04-01","activiteitOp":"2025-06-01","gevraagd":"%s","schaal":"buurt",
             "leeftijdAanvrager":34,"kenmerken":["openbaar_toegankelijk"]}""";

    @Inject
    private SessionFactory sessionFactory;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Configuration
    @Override
    public Option[] configuration() {
        String fixtures = System.getProperty("samenspraak.fixtures");
        return OptionUtils.combine(super.configuration(),
                editConfigurationFilePut("etc/nl.samenspraak.gemeente-wissel.cfg", "code", "GM9901"),
                editConfigurationFilePut("etc/nl.samenspraak.gemeente-wissel.cfg", "naam", "Testgemeente Wissel"),
                editConfigurationFilePut("etc/nl.samenspraak.gemeente-grillig.cfg", "code", "GM9902"),
                editConfigurationFilePut("etc/nl.samenspraak.gemeente-grillig.cfg", "naam", "Testgemeente Grillig"),
                // both trust the build's demo key, which signs the fixtures (issue 19: admission)
                editConfigurationFilePut("etc/nl.samenspraak.gemeente-wissel.cfg", "leverancier.certificaat",
                        requiredProperty("samenspraak.demo.certificaat")),
                editConfigurationFilePut("etc/nl.samenspraak.gemeente-grillig.cfg", "leverancier.certificaat",
                        requiredProperty("samenspraak.demo.certificaat")),
                // in deploy/ before the first start: must not race the platform's boot
                replaceConfigurationFile("deploy/gm9902.jar", new File(fixtures + "-gm9902.jar")),
                systemProperty("samenspraak.fixtures").value(fixtures),
                systemProperty("samenspraak.demo.certificaat").value(requiredProperty("samenspraak.demo.certificaat")),
                systemProperty("samenspraak.itest.report").value(System.getProperty("samenspraak.itest.report")));
    }

    @Test
    public void aBundleInDeployAtFirstStartIsInstalledAfterThePlatform() throws IOException {
        Bundle grillig = bundle(GRILLIG_BSN);
        long laatstePlatformbundel = Stream.of(bundleContext.getBundles())
                .filter(b -> PLATFORM.contains(b.getSymbolicName())).mapToLong(Bundle::getBundleId).max().orElseThrow();
        assertTrue("the deploy/ bundle (id " + grillig.getBundleId() + ") is installed after every platform bundle "
                + "(last id " + laatstePlatformbundel + ")", grillig.getBundleId() > laatstePlatformbundel);
        assertEquals(Bundle.ACTIVE, grillig.getState());
        assertEquals("toegekend", json(post("GM9902", "750.00")).get("uitkomst").asText());
        JsonNode regels = json(get("/health")).at("/checks/regels");
        assertEquals("UP", regels.get("status").asText());
        assertTrue(regels.toString(), regels.get("detail").asText().contains("zonder regels: GM0518, GM9901"));

        // the API answers before deploy/ opens: unless GM9902's bundle already ran when the rules registry (and so
        // the API) came up, the start was bridged from before GM9902's rules came until after
        Path karafLog = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        boolean overbrugd = regel(leesRegels(karafLog), "Rules bridge: the platform's start is under way") >= 0;
        if (overbrugd) {
            await("the start's bridge has closed", GENEROUS,
                    () -> regel(leesRegels(karafLog), "Rules bridge: the platform's start has settled") >= 0);
        }
        List<String> log = leesRegels(karafLog);
        int geopend = regel(log, "Rules bridge: the platform's start is under way");
        int gm9902 = regel(log, "Rules for GM9902 available");
        int gesloten = regel(log, "Rules bridge: the platform's start has settled");
        assertTrue("start bridged at line " + geopend + ", GM9902's rules at " + gm9902 + ", bridge closed at " + gesloten,
                gm9902 >= 0 && (!overbrugd || geopend < gm9902 && gm9902 < gesloten));
        LOG.info("First start: {}", overbrugd ? "bridged until GM9902's bundle in deploy/ ran" : "GM9902 ran before the API");
    }

    private static List<String> leesRegels(Path bestand) {
        try {
            return Files.readAllLines(bestand);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int regel(List<String> log, String tekst) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).contains(tekst)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    public void installUpdateAndUninstallWhileClientsKeepAsking() throws Exception {
        Map<String, String> platformVooraf = platform();
        Verkeer verkeer = new Verkeer();
        verkeer.start("GM0222", 2);
        verkeer.start("GM9902", 1);
        Bundle wissel = null;
        try {
            assertProblem(get(regeling("GM9901")), 503);

            // install: answering within (measured) seconds
            verkeer.fase("installeren");
            long start = System.nanoTime();
            wissel = bundleContext.installBundle("file:" + fixture("gm9901-1.0.0"));
            wissel.start();
            await("GM9901's rules 1.0.0 answer", GENEROUS, () -> versie(get(regeling("GM9901"))).equals("1.0.0"));
            long installMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(platformVooraf, platform());

            verkeer.fase("1.0.0");
            verkeer.start("GM9901", 2);
            verkeer.wachtOpVerzoeken("GM9901", 20);

            // update, again and again: in-flight requests complete, none fails, new requests see 2.0.0
            verkeer.fase("bijwerken");
            int onderweg = 0;
            long updateMillis = 0;
            long start2 = System.nanoTime();
            for (int i = 0; i < UPDATES; i++) {
                onderweg += verkeer.onderweg("GM9901");
                String versie = i % 2 == 0 ? "gm9901-2.0.0" : "gm9901-1.0.0";
                start = System.nanoTime();
                verkeer.tijdensUpdate = true;
                try (InputStream nieuw = Files.newInputStream(Path.of(fixture(versie)))) {
                    wissel.update(nieuw);
                } finally {
                    verkeer.tijdensUpdate = false;
                }
                updateMillis = Math.max(updateMillis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                verkeer.wachtOpVerzoeken("GM9901", 5 * (i + 1));
            }
            start = start2;
            await("GM9901's rules 2.0.0 answer", GENEROUS, () -> versie(get(regeling("GM9901"))).equals("2.0.0"));
            long tot2Millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            verkeer.fase("2.0.0");
            verkeer.wachtOpVerzoeken("GM9901", 20);
            assertEquals(platformVooraf, platform());

            // uninstall: its decision endpoints answer 503 problem+json at once, the others go on
            verkeer.fase("verwijderen");
            start = System.nanoTime();
            wissel.uninstall();
            wissel = null;
            JsonNode probleem = assertProblem(post("GM9901", "750.00"), 503);
            long tot503Millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(probleem.toString(), probleem.get("detail").asText().contains("GM9901"));
            assertProblem(get(regeling("GM9901")), 503);
            verkeer.fase("verwijderd");
            verkeer.wachtOpVerzoeken("GM0222", 20);
            assertEquals(platformVooraf, platform());

            verkeer.stop();
            rapport("swap", "Hot swap (HotSwapIT): install -> answering " + installMillis + " ms; " + UPDATES
                    + " updates (1.0.0 <-> 2.0.0), longest Bundle.update " + updateMillis + " ms, all updates -> 2.0.0 "
                    + "answering " + tot2Millis + " ms; GM9901 requests in flight as an update began: " + onderweg
                    + ", GM9901 requests overlapping an update: " + verkeer.overUpdate + "; uninstall -> 503 "
                    + tot503Millis + " ms\n" + verkeer.cijfers());
            verkeer.assertGeenMislukt("GM0222", "GM9902");
            verkeer.assertGeenMislukt("GM9901");
            assertTrue(installMillis < GENEROUS.toMillis());
        } finally {
            verkeer.stop();
            if (wissel != null) {
                wissel.uninstall();
            }
        }
    }

    @Test
    public void misbehavingRulesFailOnlyTheirOwnRequests() throws Exception {
        Map<String, String> platformVooraf = platform();
        Verkeer verkeer = new Verkeer();
        verkeer.fase("grillig");
        verkeer.start("GM0222", 2);
        try {
            assertOnbruikbaar(post("GM9902", "1.00"), "beoordeel() faalde met java.lang.IllegalStateException");
            assertOnbruikbaar(post("GM9902", "2.00"), "beoordeel() antwoordde null");

            // more hanging calls than the gemeente may run at once: each fails within the answer time
            List<Thread> hangend = new ArrayList<>();
            ConcurrentLinkedQueue<String> uitkomsten = new ConcurrentLinkedQueue<>();
            long start = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                Thread t = new Thread(() -> {
                    long begin = System.nanoTime();
                    HttpResponse<String> antwoord = post("GM9902", "3.00");
                    uitkomsten.add(antwoord.statusCode() + " after "
                            + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin) + " ms: "
                            + json(antwoord).path("detail").asText());
                });
                t.start();
                hangend.add(t);
            }
            for (Thread t : hangend) {
                t.join(GENEROUS.toMillis());
            }
            long hangMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(10, uitkomsten.size());
            uitkomsten.forEach(u -> assertTrue(u, u.startsWith("503 ")));
            assertTrue(uitkomsten.toString(), uitkomsten.stream().anyMatch(u -> u.contains("antwoordde niet binnen 2000 ms")));
            assertOnbruikbaar(post("GM9902", "3.00"), "beoordeel()");

            // the gemeente recovers once its calls are given up; the platform never noticed
            await("GM9902 answers again", GENEROUS, () -> post("GM9902", "750.00").statusCode() == 200);
            verkeer.wachtOpVerzoeken("GM0222", 20);
            verkeer.stop();
            rapport("misbehaving", "Misbehaving rules (HotSwapIT): 10 hanging calls for GM9902 all answered 503 within " + hangMillis
                    + " ms in total, e.g. " + uitkomsten.peek() + "\n" + verkeer.cijfers());
            verkeer.assertGeenMislukt("GM0222");
            assertEquals(platformVooraf, platform());
        } finally {
            verkeer.stop();
        }
    }

    @Test
    public void shellCommandsShowTheRulesInForceToViewers() throws Exception {
        String gemeenten = shell("samenspraak:gemeenten", "viewer");
        assertTrue(gemeenten, gemeenten.contains("GM0222") && gemeenten.contains("nl.samenspraak.gemeente-model")
                && gemeenten.contains("Modelregeling bewonersinitiatieven"));
        assertTrue(gemeenten, gemeenten.contains(GRILLIG_BSN) && gemeenten.contains("Grillige testregeling GM9902"));
        assertTrue(gemeenten, Stream.of(gemeenten.split("\n")).anyMatch(r -> r.contains("GM0518") && r.contains("geen regels")));

        String regels = shell("samenspraak:regels GM0222 2025-06-01", "admin");
        assertTrue(regels, regels.contains("bewonersinitiatief") && regels.contains("2025-01-01"));
        assertFalse(shell("samenspraak:regels GM0222 2024-06-01", "viewer").contains("bewonersinitiatief"));

        try {
            shell("samenspraak:gemeenten", "inwoner:GM0222");
            fail("a user without the viewer or admin role may not run samenspraak:gemeenten");
        } catch (Exception expected) {
            LOG.info("ACL refused samenspraak:gemeenten without viewer/admin: {}", expected.toString());
        }
    }


    /**
     * Issue 18: a bundle with several services of several kinds, whose 2.0.0 registers two dated schemes some
     * milliseconds apart, updated 1.0.0 <-> 2.0.0 again and again while clients ask for both periods; then
     * stopped and started again under the same load. No request may fail, and a request begun after an update
     * returned sees the new version only. The figures go to {@code itests/target/hotswap-meervoud.txt}.
     */
    @Test
    public void aMultiServiceBundleUpdatedAgainAndAgainUnderLoadFailsNoRequest() throws Exception {
        // configured at runtime: one more file in etc/ at the first start changes the boot's timing for all tests
        org.osgi.service.cm.Configuration gemeente = configurationAdmin.createFactoryConfiguration("nl.samenspraak.gemeente", "?");
        gemeente.update(new Hashtable<>(Map.of("code", "GM9903", "naam", "Testgemeente Meervoud",
                "leverancier.certificaat", System.getProperty("samenspraak.demo.certificaat"))));
        await("GM9903 is configured", GENEROUS, () -> get("/gemeenten/GM9903").statusCode() == 200);
        Bundle meervoud = bundleContext.installBundle("file:" + fixture("gm9903-1.0.0"));
        Datumverkeer verkeer = new Datumverkeer("GM9903");
        // asynchronous, so delivered after the platform's synchronous listener has seen the bundle start: a
        // request sent between Bundle.start() and that moment cannot be told from one sent before
        BundleListener starten = event -> {
            if (event.getBundle().getBundleId() == meervoud.getBundleId() && event.getType() == BundleEvent.STARTING) {
                verkeer.fase("starten", "1.0.0");
            }
        };
        try {
            meervoud.start();
            await("GM9903's rules 1.0.0 answer", GENEROUS, () -> versie(post("GM9903", "750.00")).equals("1.0.0"));
            // installed, but dated before any version: the 503 says so, with the periods the versions cover
            JsonNode teVroeg = assertProblem(send(HttpRequest.newBuilder(uri(regeling("GM9903") + "/beoordelingen"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(String.format(AANVRAAG_OP, 2019, 2019)))), 503);
            assertTrue(teVroeg.toString(), teVroeg.get("detail").asText().contains("de regelbundel "
                    + "nl.samenspraak.itests.fixture.gm9903 1.0.0 is geïnstalleerd, maar geen versie geldt op 2019-04-01: "
                    + "de versies gelden 2020-01-01 tot nader order"));
            verkeer.fase("1.0.0", "1.0.0");
            verkeer.start(4);
            verkeer.wachtOpVerzoeken(40);

            long langsteUpdate = 0;
            long begin = System.nanoTime();
            for (int i = 0; i < MEERVOUD_UPDATES; i++) {
                String naar = i % 2 == 0 ? "2.0.0" : "1.0.0";
                verkeer.fase("bijwerken", null);
                long start = System.nanoTime();
                try (InputStream nieuw = Files.newInputStream(Path.of(fixture("gm9903-" + naar)))) {
                    meervoud.update(nieuw);
                }
                langsteUpdate = Math.max(langsteUpdate, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                verkeer.fase("na update", naar);
                verkeer.wachtOpVerzoeken(20);
            }
            long bijwerkenMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);

            // stopped on purpose, its requests answer 503 at once; started again, none may fail
            verkeer.fase("gestopt", null);
            meervoud.stop();
            verkeer.wachtOpVerzoeken(10);
            bundleContext.addBundleListener(starten);
            meervoud.start();
            verkeer.fase("gestart", "1.0.0");
            verkeer.wachtOpVerzoeken(40);
            verkeer.stop();
            String brug = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log")).lines()
                    .filter(r -> r.contains("Rules bridge: nl.samenspraak.itests.fixture.gm9903"))
                    .map(r -> r.substring(r.indexOf("Rules bridge: "))).collect(Collectors.joining("\n"));

            rapport("meervoud", "Multi-service update under load (HotSwapIT." + "aMultiServiceBundleUpdatedAgainAndAgainUnderLoadFailsNoRequest): "
                    + MEERVOUD_UPDATES + " updates of GM9903 (1.0.0: ordinance + scheme 2020-; 2.0.0: ordinance + scheme "
                    + "2020-2024 + scheme 2025-) in " + bijwerkenMillis + " ms, longest Bundle.update " + langsteUpdate
                    + " ms; 4 clients asking for 2021 and 2025 alternately, then stop + start under load\n"
                    + verkeer.cijfers() + "what the bridge logged:\n" + brug);
            assertTrue(verkeer.cijfers(), verkeer.verzonden("bijwerken") + verkeer.verzonden("na update") > 200);
            verkeer.assertGeenMislukt("gestopt");
            assertTrue("requests after the start: " + verkeer.cijfers(), verkeer.verzonden("gestart") > 0);
        } finally {
            bundleContext.removeBundleListener(starten);
            verkeer.stop();
            meervoud.uninstall();
            gemeente.delete();
        }
    }


    /**
     * Issue 18: what used to pass in silence is warned about in the log, the health check's detail and
     * {@code samenspraak:regels}: a second jar of one gemeente beside the first (the deploy/ file-name
     * pitfall), rules for an invalid and for an unconfigured gemeente code, and a rules bundle without services.
     */
    @Test
    public void silentConflictsAreWarnedAboutInLogHealthAndShell() throws Exception {
        List<Bundle> geinstalleerd = new ArrayList<>();
        try {
            for (String jar : List.of("gm9901-1.0.0", "gm9901-2.0.0", "gm9909", "gm9904")) {
                // each from its own location, as two jars with different names in deploy/ would be
                Bundle bundel = bundleContext.installBundle("file:" + fixture(jar) + "?als=" + jar,
                        Files.newInputStream(Path.of(fixture(jar))));
                geinstalleerd.add(bundel);
                bundel.start();
            }
            String tegelijk = "Twee subsidieregelingen 'bewonersinitiatief' voor GM9901 gelden tegelijk vanaf 2020-01-01";
            String ongeldig = "Regels voor 'GM363' uit nl.samenspraak.itests.fixture.gm9909 1.0.0: geen geldige gemeentecode";
            String onbekend = "Regels voor GM9909 uit nl.samenspraak.itests.fixture.gm9909 1.0.0: geen geconfigureerde gemeente";
            String leeg = "Bundel nl.samenspraak.itests.fixture.gm9904 1.0.0 gebruikt de regels-SPI maar registreert geen enkele service";
            List<String> verwacht = List.of(tegelijk, ongeldig, onbekend, leeg);
            awaitNothingMissing("warnings in the health check", GENEROUS, () -> {
                String detail = json(get("/health")).at("/checks/regels/detail").asText();
                return verwacht.stream().filter(w -> !detail.contains(w)).collect(Collectors.joining(", "));
            });
            JsonNode regels = json(get("/health")).at("/checks/regels");
            assertEquals("warnings leave the check UP: " + regels, "UP", regels.get("status").asText());
            String detail = regels.get("detail").asText();
            assertTrue(detail, detail.contains("het platform gebruikt 'Testregeling GM9901 versie 1.0.0'"));
            for (String platformbundel : PLATFORM) {
                assertFalse("no warning about the platform's own " + platformbundel + ": " + detail,
                        detail.contains("Bundel " + platformbundel + " "));
            }

            String shell = shell("samenspraak:regels GM9901 2025-06-01", "viewer");
            assertTrue(shell, shell.contains("WAARSCHUWINGEN over de geïnstalleerde regels (4)"));
            verwacht.forEach(w -> assertTrue(shell, shell.contains(w)));

            String log = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
            for (String w : List.of(tegelijk, ongeldig, onbekend, "Rules warning: bundle nl.samenspraak.itests.fixture.gm9904 1.0.0")) {
                assertTrue("WARN in karaf.log: " + w, log.lines().anyMatch(r -> r.contains("WARN") && r.contains(w)));
            }
        } finally {
            for (Bundle bundel : geinstalleerd) {
                bundel.uninstall();
            }
        }
        await("the warnings are gone with the bundles", GENEROUS,
                () -> !json(get("/health")).at("/checks/regels/detail").asText().contains("WAARSCHUWING"));
    }

    // ---- load ----

    /**
     * Client threads for GM9903 asking alternately for an application dated 2021 and one dated 2025, counting
     * per phase; a request must answer 200 and, when a version is expected, come from that version's scheme
     * for its date.
     */
    private final class Datumverkeer {
        private final String gemeente;
        private volatile String fase = "vooraf";
        private volatile String verwacht;
        /** Changes with every phase: a request's version is checked only when no phase began while it ran. */
        private final AtomicInteger generatie = new AtomicInteger();
        /** The generation that stopped the bundle on purpose: a request running then may fail, wherever it began. */
        private volatile int gestoptIn = Integer.MAX_VALUE;
        private volatile boolean stoppen;
        private final List<Thread> draden = new ArrayList<>();
        private final Map<String, Teller> tellers = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<Long> duren = new ConcurrentLinkedQueue<>();

        Datumverkeer(String gemeente) {
            this.gemeente = gemeente;
        }

        void fase(String nieuw, String versie) {
            int nu = generatie.incrementAndGet();
            if (nieuw.equals("gestopt")) {
                gestoptIn = nu;
            }
            verwacht = versie;
            fase = nieuw;
        }

        void start(int aantal) {
            for (int i = 0; i < aantal; i++) {
                int nummer = i;
                Thread draad = new Thread(() -> vraag(nummer), "datumverkeer-" + i);
                draden.add(draad);
                draad.start();
            }
        }

        private void vraag(int nummer) {
            for (long n = nummer; !stoppen; n++) {
                int bij = generatie.get();
                String begonnenIn = fase;
                String versie = verwacht;
                int jaar = n % 2 == 0 ? 2021 : 2025;
                long begin = System.nanoTime();
                String fout;
                try {
                    HttpResponse<String> antwoord = send(HttpRequest.newBuilder(uri(regeling(gemeente) + "/beoordelingen"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(String.format(AANVRAAG_OP, jaar, jaar))));
                    fout = antwoord.statusCode() == 200 ? null : antwoord.statusCode() + " " + antwoord.body();
                    if (fout == null && versie != null && generatie.get() == bij) {
                        JsonNode regels = json(antwoord).get("regels");
                        String titel = "Regeling " + (jaar == 2025 && versie.equals("2.0.0") ? 2025 : 2020) + " GM9903 versie "
                                + versie;
                        if (!regels.get("bundelversie").asText().equals(versie) || !regels.get("titel").asText().equals(titel)) {
                            fout = "expected " + titel + " for " + jaar + ", got " + regels;
                        }
                    }
                } catch (RuntimeException e) {
                    fout = e.toString();
                }
                duren.add(System.nanoTime() - begin);
                // a request still running when the bundle was stopped on purpose belongs to the stop (as in Verkeer);
                // the time of a failure finds it in karaf.log (-Dsamenspraak.itest.keep=true keeps that)
                String geteld = bij < gestoptIn && generatie.get() >= gestoptIn ? "gestopt" : begonnenIn;
                tellers.computeIfAbsent(geteld, f -> new Teller())
                        .tel(fout == null ? null : java.time.LocalTime.now() + " " + fout);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        int verzonden(String inFase) {
            return tellers.getOrDefault(inFase, new Teller()).verzonden.get();
        }

        int verzonden() {
            return tellers.values().stream().mapToInt(t -> t.verzonden.get()).sum();
        }

        void wachtOpVerzoeken(int aantal) {
            int tot = verzonden() + aantal;
            await(aantal + " more requests for " + gemeente + " in phase " + fase, GENEROUS, () -> verzonden() >= tot);
        }

        void stop() throws InterruptedException {
            stoppen = true;
            for (Thread draad : draden) {
                draad.join(GENEROUS.toMillis());
            }
        }

        /** Zero failures in every phase but those named. */
        void assertGeenMislukt(String... behalve) {
            tellers.forEach((inFase, teller) -> {
                if (!Set.of(behalve).contains(inFase)) {
                    assertEquals(gemeente + " in phase " + inFase + ": " + teller.voorbeelden, 0, teller.mislukt.get());
                }
            });
        }

        String cijfers() {
            List<Long> gesorteerd = duren.stream().sorted().toList();
            StringBuilder tekst = new StringBuilder("phase | sent | failed (not 200, or not the version expected)\n");
            new TreeMap<>(tellers).forEach((f, teller) -> tekst.append(f).append(" | ").append(teller.verzonden)
                    .append(" | ").append(teller.mislukt).append(teller.voorbeelden.isEmpty() ? "" : " e.g. " + teller.voorbeelden.peek())
                    .append('\n'));
            if (!gesorteerd.isEmpty()) {
                tekst.append("latency over all ").append(gesorteerd.size()).append(" requests: median ")
                        .append(millis(gesorteerd, 0.5)).append(" ms, p99 ").append(millis(gesorteerd, 0.99))
                        .append(" ms, max ").append(millis(gesorteerd, 1.0)).append(" ms\n");
            }
            return tekst.toString();
        }

        private static String millis(List<Long> gesorteerd, double deel) {
            long nanos = gesorteerd.get((int) Math.min(gesorteerd.size() - 1, Math.floor(deel * gesorteerd.size())));
            return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
        }
    }

    /** Client threads per gemeente, counting requests sent and failed per gemeente and phase. */
    private final class Verkeer {
        private volatile String fase = "vooraf";
        volatile boolean tijdensUpdate;
        final AtomicInteger overUpdate = new AtomicInteger();
        private volatile boolean stoppen;
        private final List<Thread> draden = new ArrayList<>();
        private final Map<String, Map<String, Teller>> tellers = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> onderweg = new ConcurrentHashMap<>();

        void fase(String nieuw) {
            fase = nieuw;
        }

        void start(String gemeente, int aantal) {
            for (int i = 0; i < aantal; i++) {
                Thread draad = new Thread(() -> vraag(gemeente), "verkeer-" + gemeente + "-" + i);
                draden.add(draad);
                draad.start();
            }
        }

        private void vraag(String gemeente) {
            AtomicInteger bezig = onderweg.computeIfAbsent(gemeente, g -> new AtomicInteger());
            for (long n = 0; !stoppen; n++) {
                String begonnenIn = fase;
                bezig.incrementAndGet();
                boolean overlapt = tijdensUpdate;
                String fout;
                try {
                    HttpResponse<String> antwoord = n % 2 == 0 ? get(regeling(gemeente)) : post(gemeente, "750.00");
                    fout = antwoord.statusCode() == 200 ? null : antwoord.statusCode() + " " + antwoord.body();
                    if (fout == null && gemeente.equals("GM9901") && begonnenIn.equals("2.0.0")
                            && !versie(antwoord).equals("2.0.0")) {
                        fout = "old version after the update: " + antwoord.body();
                    }
                } catch (RuntimeException e) {
                    fout = e.toString();
                } finally {
                    bezig.decrementAndGet();
                }
                if ((overlapt || tijdensUpdate) && gemeente.equals("GM9901")) {
                    overUpdate.incrementAndGet();
                }
                // a request answered after the uninstall began belongs to the uninstall, wherever it started
                String geteld = fase.startsWith("verwijder") ? fase : begonnenIn;
                tellers.computeIfAbsent(gemeente, g -> new ConcurrentHashMap<>())
                        .computeIfAbsent(geteld, f -> new Teller()).tel(fout);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        int onderweg(String gemeente) {
            return onderweg.getOrDefault(gemeente, new AtomicInteger()).get();
        }

        void wachtOpVerzoeken(String gemeente, int aantal) {
            String inFase = fase;
            await(aantal + " requests for " + gemeente + " in phase " + inFase, GENEROUS, () -> tellers
                    .getOrDefault(gemeente, Map.of()).getOrDefault(inFase, new Teller()).verzonden.get() >= aantal);
        }

        void stop() throws InterruptedException {
            stoppen = true;
            for (Thread draad : draden) {
                draad.join(GENEROUS.toMillis());
            }
        }

        /** Zero failures for these gemeenten; for GM9901 only where its rules were installed. */
        void assertGeenMislukt(String... gemeenten) {
            for (String gemeente : gemeenten) {
                tellers.getOrDefault(gemeente, Map.of()).forEach((fase, teller) -> {
                    boolean telt = !gemeente.equals("GM9901") || Set.of("1.0.0", "bijwerken", "2.0.0").contains(fase);
                    if (telt) {
                        assertEquals(gemeente + " in phase " + fase + ": " + teller.voorbeelden, 0, teller.mislukt.get());
                    }
                });
            }
        }

        String cijfers() {
            StringBuilder tekst = new StringBuilder("gemeente | phase | sent | not 200\n");
            new TreeMap<>(tellers).forEach((gemeente, fasen) -> fasen.forEach((f, teller) -> tekst.append(gemeente)
                    .append(" | ").append(f).append(" | ").append(teller.verzonden).append(" | ")
                    .append(teller.mislukt).append('\n')));
            return tekst.toString();
        }
    }

    private static final class Teller {
        final AtomicInteger verzonden = new AtomicInteger();
        final AtomicInteger mislukt = new AtomicInteger();
        final ConcurrentLinkedQueue<String> voorbeelden = new ConcurrentLinkedQueue<>();

        void tel(String fout) {
            verzonden.incrementAndGet();
            if (fout != null && mislukt.incrementAndGet() <= 3) {
                voorbeelden.add(fout);
            }
        }
    }

    // ---- helpers ----

    private static String regeling(String gemeente) {
        return "/gemeenten/" + gemeente + "/subsidieregelingen/bewonersinitiatief";
    }

    private HttpResponse<String> post(String gemeente, String bedrag) {
        return send(HttpRequest.newBuilder(uri(regeling(gemeente) + "/beoordelingen"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(String.format(AANVRAAG, bedrag))));
    }

    private static String versie(HttpResponse<String> antwoord) {
        return antwoord.statusCode() == 200 ? json(antwoord).at("/regels/bundelversie").asText() : "";
    }

    private static void assertOnbruikbaar(HttpResponse<String> antwoord, String wat) {
        JsonNode probleem = assertProblem(antwoord, 503);
        assertEquals("https://samenspraak.nl/problemen/regels-onbruikbaar", probleem.get("type").asText());
        String detail = probleem.get("detail").asText();
        assertTrue(detail, detail.contains("GM9902") && detail.contains(GRILLIG_BSN) && detail.contains("1.0.0")
                && detail.contains(wat));
        assertFalse("no stack trace: " + antwoord.body(), antwoord.body().contains("\tat ") || antwoord.body().contains(".java:"));
    }

    private static String fixture(String classifier) {
        return System.getProperty("samenspraak.fixtures") + "-" + classifier + ".jar";
    }

    private Bundle bundle(String symbolicName) {
        await(symbolicName + " is active", GENEROUS, () -> Stream.of(bundleContext.getBundles())
                .anyMatch(b -> symbolicName.equals(b.getSymbolicName()) && b.getState() == Bundle.ACTIVE));
        return Stream.of(bundleContext.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow();
    }

    /**
     * What must not change when a gemeente bundle comes or goes: the platform bundles (id, state, last
     * modified), the ids of every service they registered (a re-activated component registers anew), and the
     * very RegelsRegister object.
     */
    private Map<String, String> platform() {
        Map<String, String> staat = new TreeMap<>();
        for (Bundle b : bundleContext.getBundles()) {
            if (PLATFORM.contains(b.getSymbolicName())) {
                ServiceReference<?>[] diensten = b.getRegisteredServices();
                staat.put(b.getSymbolicName(), "id " + b.getBundleId() + ", state " + b.getState() + ", modified "
                        + b.getLastModified() + ", services " + (diensten == null ? "[]"
                                : Stream.of(diensten).map(r -> r.getProperty("service.id")).map(String::valueOf)
                                        .sorted().collect(Collectors.joining(","))));
            }
        }
        ServiceReference<?> register = bundleContext.getServiceReference("nl.samenspraak.rules.RegelsRegister");
        Object instantie = bundleContext.getService(register);
        try {
            staat.put("RegelsRegister", "service.id " + register.getProperty("service.id") + ", object "
                    + System.identityHashCode(instantie));
        } finally {
            bundleContext.ungetService(register);
        }
        return staat;
    }

    /** Runs a command in a shell session of a user with this role, as the ACLs see it. */
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

    /** Logs the figures and writes them to {@code itests/target/hotswap-<name>.txt}, this run's only. */
    private static void rapport(String naam, String tekst) throws IOException {
        LOG.info("{}", tekst);
        String map = System.getProperty("samenspraak.itest.report");
        if (map != null) {
            Files.writeString(Path.of(map, "hotswap-" + naam + ".txt"), tekst + "\n", StandardCharsets.UTF_8);
        }
    }
}
