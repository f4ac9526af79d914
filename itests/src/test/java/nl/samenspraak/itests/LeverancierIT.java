package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 18: a supplier's bundle built outside the platform. The jar is the one the archetype's own test generated
 * with {@code mvn archetype:generate} (GM0363 Amsterdam, version 1.0.0) and built offline
 * ({@code bundles/gemeente-archetype}); here it is moved into a running distribution's {@code deploy/} as a
 * hosting provider would, decides through the API with the version of the day, records its bundle and version in
 * a besluit, and is withdrawn by deleting it.
 */
public class LeverancierIT extends SamenspraakTestSupport {

    private static final String GM0363 = "/gemeenten/GM0363";
    private static final String BUNDEL = "nl.leverancier.gm0363.gm0363-regels";
    private static final Duration GENEROUS = Duration.ofSeconds(60);

    @Configuration
    @Override
    public Option[] configuration() {
        return OptionUtils.combine(super.configuration(),
                editConfigurationFilePut("etc/nl.samenspraak.gemeente-amsterdam.cfg", "code", "GM0363"),
                editConfigurationFilePut("etc/nl.samenspraak.gemeente-amsterdam.cfg", "naam", "Amsterdam"),
                // the supplier of GM0363 (issue 19): the archetype's test signs the generated jar with the build's key of
                // another supplier than the demo's
                editConfigurationFilePut("etc/nl.samenspraak.gemeente-amsterdam.cfg", "leverancier.certificaat",
                        requiredProperty("samenspraak.andere.certificaat")),
                systemProperty("samenspraak.archetype.jar").value(System.getProperty("samenspraak.archetype.jar")));
    }

    @Test
    public void theGeneratedBundleDeploysDecidesAndIsWithdrawn() throws Exception {
        Path jar = Path.of(System.getProperty("samenspraak.archetype.jar"));
        assertTrue(jar + " is missing: the archetype's integration test generates and builds it (build "
                + "bundles/gemeente-archetype first, not with -DskipTests)", Files.isRegularFile(jar));
        assertProblem(post(GM0363 + "/subsidieregelingen/bewonersinitiatief/beoordelingen", null, toets("2025-03-03")), 503);

        // beside deploy/ first, then moved in under the name it keeps for every update
        Path deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        Path naast = Files.copy(jar, deploy.resolveSibling("gm0363-regels.jar.nieuw"), StandardCopyOption.REPLACE_EXISTING);
        Path geplaatst = Files.move(naast, deploy.resolve("gm0363-regels.jar"), StandardCopyOption.ATOMIC_MOVE);
        awaitNothingMissing("the generated bundle answers", GENEROUS, () -> {
            HttpResponse<String> regeling = get(GM0363 + "/subsidieregelingen/bewonersinitiatief?datum=2025-03-03");
            return regeling.statusCode() == 200 ? "" : regeling.statusCode() + " " + regeling.body();
        });

        // each version judges what was received in its period, and says so
        JsonNode in2024 = json(post(GM0363 + "/subsidieregelingen/bewonersinitiatief/beoordelingen", null, toets("2024-03-04")));
        assertEquals(in2024.toString(), "toegekend", in2024.get("uitkomst").asText());
        assertEquals("Subsidieregeling bewonersinitiatieven Amsterdam 2024", in2024.at("/regels/titel").asText());
        JsonNode in2025 = json(post(GM0363 + "/subsidieregelingen/bewonersinitiatief/beoordelingen", null, toets("2025-03-03")));
        assertEquals("Subsidieregeling bewonersinitiatieven Amsterdam 2025", in2025.at("/regels/titel").asText());
        assertEquals(BUNDEL, in2025.at("/regels/bundel").asText());
        assertEquals("1.0.0", in2025.at("/regels/bundelversie").asText());
        assertEquals("art. 4 lid 1 Subsidieregeling bewonersinitiatieven Amsterdam 2025",
                in2025.at("/redenen/0/artikel").asText());

        // a real besluit on an application received today records the bundle and version that made it
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String budget = json(created(post(GM0363 + "/budgetten", "beheerder", "{\"naam\":\"Bewonersinitiatieven\","
                + "\"regeling\":\"bewonersinitiatief\",\"van\":\"" + vandaag.withDayOfYear(1) + "\",\"tot\":\""
                + vandaag.withDayOfYear(1).plusYears(1).minusDays(1) + "\",\"plafond\":\"5000.00\"}"))).get("id").asText();
        String aanvraag = json(created(post(GM0363 + "/subsidieaanvragen", "beheerder", "{\"regeling\":\"bewonersinitiatief\","
                + "\"titel\":\"Buurtmoestuin\",\"omschrijving\":\"Een moestuin voor de buurt\",\"activiteitOp\":\""
                + vandaag.plusWeeks(10) + "\",\"gevraagd\":\"1200.00\",\"schaal\":\"buurt\",\"leeftijdAanvrager\":40,"
                + "\"leeftijdenOndersteuners\":[14,30,45,70],\"kenmerken\":[\"openbaar_toegankelijk\"]}"))).get("id").asText();
        HttpResponse<String> besluit = post(GM0363 + "/subsidieaanvragen/" + aanvraag + "/besluit", "beheerder",
                "{\"budgetId\":\"" + budget + "\"}");
        assertEquals(besluit.body(), 200, besluit.statusCode());
        JsonNode b = json(besluit);
        assertEquals(BUNDEL, b.at("/regels/bundel").asText());
        assertEquals("1.0.0", b.at("/regels/bundelversie").asText());
        assertEquals("Subsidieregeling bewonersinitiatieven Amsterdam 2025", b.at("/regels/titel").asText());

        // withdrawn: the decision endpoints answer 503 problem+json
        Files.delete(geplaatst);
        awaitNothingMissing("the withdrawn bundle no longer decides", GENEROUS, () -> {
            HttpResponse<String> toets = post(GM0363 + "/subsidieregelingen/bewonersinitiatief/beoordelingen", null,
                    toets("2025-03-03"));
            return toets.statusCode() == 503 ? "" : toets.statusCode() + " " + toets.body();
        });
    }

    /** Meets every condition of both versions: 8 weeks ahead, 4 supporters of 16 or older, within the buurt maxima. */
    private static String toets(String ingediendOp) {
        return "{\"ingediendOp\":\"" + ingediendOp + "\",\"activiteitOp\":\"" + LocalDate.parse(ingediendOp).plusWeeks(10)
                + "\",\"gevraagd\":\"750.00\",\"schaal\":\"buurt\",\"leeftijdAanvrager\":34,"
                + "\"leeftijdenOndersteuners\":[16,30,45,70],\"kenmerken\":[\"openbaar_toegankelijk\"]}";
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertEquals(response.body(), 201, response.statusCode());
        return response;
    }
}
