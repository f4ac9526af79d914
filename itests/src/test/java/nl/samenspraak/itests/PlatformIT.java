package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The platform as a client and a hosting provider meet it: bundles, API conventions, security baseline.
 */
public class PlatformIT extends SamenspraakTestSupport {

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Inject
    private ServiceComponentRuntime scr;

    @Test
    public void everyBundleResolvesAndEverySamenspraakBundleIsActive() {
        assertEquals(List.of(), unresolvedBundles());
        List<String> notActive = new ArrayList<>();
        for (Bundle bundle : samenspraakBundles()) {
            if (bundle.getState() != Bundle.ACTIVE) {
                notActive.add(bundle.getSymbolicName());
            }
        }
        assertEquals(List.of(), notActive);
        Set<String> names = new TreeSet<>();
        samenspraakBundles().forEach(b -> names.add(b.getSymbolicName()));
        assertTrue(names.toString(), names.containsAll(Set.of("nl.samenspraak.api", "nl.samenspraak.core",
                "nl.samenspraak.schema", "nl.samenspraak.persistence", "nl.samenspraak.rest", "nl.samenspraak.demo")));
    }

    /**
     * A start a hosting provider can watch: no ERROR in karaf.log (SCR logged two circular references at most
     * starts), and the platform's own bundles never taken for rules bundles (bridged, then warned about as offering
     * no rules). The one ERROR left is CXF's, for an answer whose client was gone: pax-web restarts Jetty once
     * while the platform starts, and a readiness probe caught in it loses its connection (the API's mapper then
     * logs that the client broke off).
     */
    @Test
    public void aStartLogsNoErrorAndTakesNoPlatformBundleForARulesBundle() throws IOException {
        List<String> log = Files.readAllLines(Path.of(System.getProperty("karaf.data", "data"), "log", "karaf.log"));
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).contains("| ERROR |") && !clientWasGone(log, i)) {
                errors.add(log.get(i));
            }
        }
        assertEquals(List.of(), errors);
        assertEquals(List.of(), log.stream().filter(l -> l.contains("Rules warning: bundle nl.samenspraak.")
                || l.matches(".*Rules bridge: nl\\.samenspraak\\.(api|core|rest|persistence|web|shell|mail) .*")).toList());
    }

    private static boolean clientWasGone(List<String> log, int error) {
        String thread = log.get(error).split("\\|")[2];
        return log.get(error).contains("JAXRSUtils") && log.subList(error + 1, Math.min(log.size(), error + 4)).stream()
                .anyMatch(l -> l.contains(thread) && l.contains("The client broke off the connection"));
    }

    /**
     * Woven entities carry no JPA-RS methods: those name classes the persistence bundle cannot load, and whether
     * EclipseLink adds them depended on the order in which Karaf resolved its bundles.
     */
    @Test
    public void entitiesCarryNoRestWeaving() throws ClassNotFoundException {
        Bundle persistence = samenspraakBundles().stream()
                .filter(b -> b.getSymbolicName().equals("nl.samenspraak.persistence")).findFirst().orElseThrow();
        List<String> entities = new ArrayList<>();
        String entityPackage = "nl/samenspraak/persistence/internal";
        for (URL entry : Collections.list(persistence.findEntries(entityPackage, "*Entity.class", false))) {
            String path = entry.getPath();
            entities.add(path.substring(1, path.length() - ".class".length()).replace('/', '.'));
        }
        assertTrue(entities.toString(), entities.size() >= 20);
        for (String name : entities) {
            Class<?> entity = persistence.loadClass(name);
            assertEquals(name, List.of(), Arrays.stream(entity.getInterfaces()).map(Class::getName)
                    .filter(n -> n.endsWith("PersistenceWeavedRest")).toList());
            entity.getDeclaredMethods(); // resolves every type its methods name
        }
    }

    @Test
    public void listsTheDemoGemeenten() {
        HttpResponse<String> response = get("/gemeenten");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("1.0.0", response.headers().firstValue("API-Version").orElse(""));
        JsonNode gemeenten = json(response).get("gemeenten");
        assertEquals("GM0222", gemeenten.get(0).get("code").asText());
        assertEquals("GM0518", gemeenten.get(1).get("code").asText());
        assertEquals("'s-Gravenhage", gemeenten.get(1).get("naam").asText());
    }

    @Test
    public void showsAGemeenteWithItsWijken() {
        JsonNode denHaag = json(get("/gemeenten/GM0518"));
        Set<String> wijken = new TreeSet<>();
        denHaag.get("wijken").forEach(w -> wijken.add(w.get("naam").asText()));
        assertEquals(new TreeSet<>(Set.of("Spoorwijk", "Moerwijk", "Nieuw Waldeck", "Zeeheldenkwartier", "Mariahoeve",
                "Bezuidenhout")), wijken);
        denHaag.get("wijken").forEach(w -> assertTrue(w.get("code").asText().matches("WK0518\\d\\d")));
    }

    @Test
    public void errorsAreProblemsNeverPages() {
        assertTrue(assertProblem(get("/gemeenten/GM9999"), 404).get("detail").asText().contains("GM9999"));
        assertProblem(get("/bestaatniet"), 404);
        assertProblem(get("/api/v2/gemeenten"), 404);
        assertProblem(get("/api/"), 404);
        assertProblem(send(HttpRequest.newBuilder(uri("/gemeenten")).header("Accept", "application/xml").GET()), 406);
    }

    @Test
    public void trailingSlashIsNotFoundAndNotRedirected() {
        HttpResponse<String> response = get("/gemeenten/");
        assertProblem(response, 404);
        assertFalse(response.headers().firstValue("Location").isPresent());
        assertProblem(get("/gemeenten/GM0518/"), 404);
    }

    @Test
    public void unsupportedMethodAnswers405WithAllow() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/gemeenten"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(response, 405);
        assertTrue(response.headers().firstValue("Allow").orElse("").contains("GET"));
        assertProblem(send(HttpRequest.newBuilder(uri("/gemeenten/GM0518")).DELETE()), 405);
    }

    @Test
    public void noWadlAndNoServiceList() {
        HttpResponse<String> wadl = get("/gemeenten?_wadl");
        assertEquals("application/json", wadl.headers().firstValue("Content-Type").orElse(""));
        assertTrue(json(wadl).has("gemeenten"));
        assertProblem(get("/api/services"), 404);
    }

    @Test
    public void openApiDocumentDescribesTheApiInDutch() {
        HttpResponse<String> response = get("/openapi.json");
        assertEquals(200, response.statusCode());
        JsonNode document = json(response);
        assertTrue(document.get("openapi").asText().startsWith("3.0"));
        assertEquals("/api/v1", document.at("/servers/0/url").asText());
        Set<String> paths = new TreeSet<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        // OpenApiDocumentTest (rest bundle) checks that every resource method is documented
        assertTrue(paths.toString(), paths.containsAll(
                Set.of("/gemeenten", "/gemeenten/{code}", "/gemeenten/{code}/registratie", "/health", "/mij")));
        assertEquals("Alle gemeenten", document.at("/paths/~1gemeenten/get/summary").asText());
    }

    @Test
    public void healthReportsEveryRequiredCheck() {
        HttpResponse<String> response = get("/health");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        JsonNode health = json(response);
        assertEquals("UP", health.get("status").asText());
        assertEquals("UP", health.at("/checks/database/status").asText());
        assertEquals("UP", health.at("/checks/gemeenten/status").asText());
        assertEquals("UP", health.at("/checks/api/status").asText());
    }

    /**
     * SCR replaces a resource component whenever one of its static references changes. That once rebuilt the
     * whole API server, and every path answered 404 until it stood again; now the other resources go on, and a
     * request for the one being replaced waits for it (or gets a 503 with Retry-After if it stays away).
     */
    @Test
    public void aResourceBeingReplacedNeverTakesTheApiAway() throws Exception {
        ComponentDescriptionDTO gemeenten = component("nl.samenspraak.rest.internal.resources.GemeentenResource");
        long server = configuratie(component("nl.samenspraak.rest.internal.ApiServer")).id;
        scr.disableComponent(gemeenten).getValue();
        try {
            assertEquals("another resource answers while this one is away", 200, get("/openapi.json").statusCode());
            HttpResponse<String> weg = get("/gemeenten");
            assertProblem(weg, 503);
            assertEquals("5", weg.headers().firstValue("Retry-After").orElse(""));
            CompletableFuture<HttpResponse<String>> wachtend = CompletableFuture.supplyAsync(() -> get("/gemeenten/GM0518"));
            TimeUnit.SECONDS.sleep(2);
            scr.enableComponent(gemeenten).getValue();
            assertEquals("the request waited for the resource to return", 200, wachtend.get(30, TimeUnit.SECONDS).statusCode());
        } finally {
            scr.enableComponent(gemeenten).getValue();
        }
        assertEquals("the API server was never rebuilt", server, configuratie(component("nl.samenspraak.rest.internal.ApiServer")).id);
        assertEquals(200, get("/gemeenten").statusCode());
    }

    private ComponentDescriptionDTO component(String implementationClass) {
        return scr.getComponentDescriptionDTOs().stream().filter(c -> implementationClass.equals(c.implementationClass))
                .findFirst().orElseThrow(() -> new AssertionError("no component " + implementationClass));
    }

    private ComponentConfigurationDTO configuratie(ComponentDescriptionDTO component) {
        return scr.getComponentConfigurationDTOs(component).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no configuration of " + component.name));
    }

    @Test
    public void roleEndpointsAnswer401Then403ForTheWrongGemeente() {
        HttpResponse<String> anonymous = get("/gemeenten/GM0518/registratie");
        assertProblem(anonymous, 401);
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        assertProblem(get("/gemeenten/GM0518/registratie", "ambtenaar-denhaag", "fout"), 401);
        assertProblem(get("/gemeenten/GM0518/registratie", "ambtenaar-doetinchem", "demo"), 403);
        assertProblem(get("/gemeenten/GM0518/registratie", "inwoner-denhaag", "demo"), 403);

        HttpResponse<String> own = get("/gemeenten/GM0518/registratie", "ambtenaar-denhaag", "demo");
        assertEquals(own.body(), 200, own.statusCode());
        assertEquals("GM0518", json(own).get("code").asText());
        assertEquals(200, get("/gemeenten/GM0222/registratie", "beheerder", "demo").statusCode());
    }

    @Test
    public void mijTellsWhoIsSignedIn() {
        assertProblem(get("/mij"), 401);
        JsonNode mij = json(get("/mij", "ambtenaar-doetinchem", "demo"));
        assertEquals("ambtenaar-doetinchem", mij.get("naam").asText());
        assertEquals("ambtenaar:GM0222", mij.at("/rollen/0").asText());
        assertEquals("GM0222", mij.at("/gemeenten/0").asText());
        assertTrue(json(get("/mij", "beheerder", "demo")).get("beheerder").asBoolean());
    }

    @Test
    public void securityBaselineOfTheDistribution() throws IOException {
        String etc = System.getProperty("karaf.etc");
        List<String> users = Files.readAllLines(Path.of(etc, "users.properties"));
        assertFalse("no karaf user", users.stream().anyMatch(l -> l.trim().startsWith("karaf")));
        users.stream().filter(l -> l.startsWith("beheerder")).forEach(
                l -> assertTrue("demo passwords are stored hashed: " + l, l.contains("{CRYPT}")));
        assertEquals("127.0.0.1",
                configurationAdmin.getConfiguration("org.apache.karaf.shell", null).getProperties().get("sshHost"));
        assertEquals("admin", System.getProperty("karaf.secured.command.compulsory.roles"));
    }
}
