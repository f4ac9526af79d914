package nl.samenspraak.rest.internal.resources;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.api.health.Health;
import nl.samenspraak.api.health.HealthCheck;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.problem.Problem;
import nl.samenspraak.rest.internal.problem.Problems;

/**
 * Readiness for load balancers: 200 when every required check is registered and up, 503 otherwise. A
 * required check that is not registered (its bundle is not started) counts as down.
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer", description = "Voor hostingpartijen en load balancers")
@Component(configurationPid = "nl.samenspraak.health")
@Designate(ocd = HealthResource.Config.class)
public class HealthResource implements ApiResource {

    @ObjectClassDefinition(name = "Samenspraak health", description = "Welke controles de health-resource vereist")
    @interface Config {
        @AttributeDefinition(description = "Namen van de controles die geregistreerd en in orde moeten zijn")
        String[] required() default { "api", "database", "gemeenten", "regels" };

        @AttributeDefinition(description = "Hoe lang (ms) de uitkomst van de controles geldt: load balancers en monitoring "
                + "die vaak vragen, laten de controles (databaseverbinding, outbox, regelbundels) zo ten hoogste eens per "
                + "periode draaien. Een uitkomst 'niet gereed' geldt ten hoogste 100 ms. 0: bij elke vraag opnieuw")
        long cache_ms() default 1000;
    }

    /** The outcome of every check, and when it was computed. */
    private record Uitkomst(long nanos, Map<String, CheckResult> results) {
    }

    /**
     * A "not ready" is kept for a tenth of a second at most: a node that has just become ready (after a start, or
     * when its database is back) is seen by the next probe, not after {@code cache.ms}; a node that stays down costs
     * at most ten rounds of checks a second.
     */
    private static final long NIET_GEREED_GELDIG_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final String UP = "UP";
    private static final String DOWN = "DOWN";

    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();
    private volatile Set<String> required = Set.of();
    private volatile long geldigNanos;
    private volatile Uitkomst laatste;
    LongSupplier klok = System::nanoTime;
    private final Object rekenen = new Object();

    @Activate
    @Modified
    void configure(Config config) {
        required = Set.of(config.required());
        geldigNanos = TimeUnit.MILLISECONDS.toNanos(config.cache_ms());
        laatste = null;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(HealthCheck check) {
        checks.add(check);
        laatste = null;
    }

    void removeCheck(HealthCheck check) {
        checks.remove(check);
        laatste = null;
    }

    @GET
    @Operation(operationId = "health", summary = "Gereedheid van het platform",
            description = "Openbaar. 200 als alle vereiste onderdelen werken, anders 503: een probleem dat in het extra "
                    + "lid checks de uitkomst van elk onderdeel geeft. Voor load balancers.")
    @ApiResponse(responseCode = "200", description = "Het platform is gereed",
            content = @Content(schema = @Schema(implementation = HealthReport.class)))
    @ApiResponse(responseCode = "503", ref = Antwoorden.NIET_BESCHIKBAAR)
    public Response health() {
        Map<String, CheckResult> results = results();
        boolean up = results.values().stream().allMatch(r -> UP.equals(r.status()));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        if (up) {
            return Response.ok(new HealthReport(UP, results)).cacheControl(noStore).build();
        }
        // an error of the API is a problem (NL API Design Rules), here with every check as an extension member
        Problem problem = Problems.problem(503, "Niet gereed: " + results.entrySet().stream()
                .filter(r -> DOWN.equals(r.getValue().status())).map(Map.Entry::getKey).collect(Collectors.joining(", ")),
                List.of());
        return Response.status(503).type(Problem.MEDIA).cacheControl(noStore).entity(new HealthProbleem(problem.type(),
                problem.title(), 503, problem.detail(), results)).build();
    }

    /** The checks' outcome, computed by one caller at a time and at most once per {@code cache.ms}. */
    private Map<String, CheckResult> results() {
        Uitkomst uitkomst = laatste;
        if (geldig(uitkomst)) {
            return uitkomst.results();
        }
        synchronized (rekenen) {
            uitkomst = laatste;
            if (geldig(uitkomst)) {
                return uitkomst.results();
            }
            Map<String, CheckResult> results = new LinkedHashMap<>();
            for (String name : new TreeSet<>(required)) {
                results.put(name, new CheckResult(DOWN, "niet geregistreerd"));
            }
            for (HealthCheck check : checks) {
                Health health = check.check();
                results.put(check.name(), new CheckResult(health.up() ? UP : DOWN, health.detail()));
            }
            laatste = new Uitkomst(klok.getAsLong(), Collections.unmodifiableMap(results));
            return results;
        }
    }

    private boolean geldig(Uitkomst uitkomst) {
        if (uitkomst == null) {
            return false;
        }
        long leeftijd = klok.getAsLong() - uitkomst.nanos();
        boolean gereed = uitkomst.results().values().stream().allMatch(r -> UP.equals(r.status()));
        return leeftijd < (gereed ? geldigNanos : Math.min(geldigNanos, NIET_GEREED_GELDIG_NANOS));
    }

    /** Not ready: a problem (RFC 9457) with the outcome of each check as an extension member. */
    public record HealthProbleem(String type, String title, int status, String detail, Map<String, CheckResult> checks) {
    }

    @Schema(description = "Gereedheid van het platform en van elk onderdeel")
    public record HealthReport(@Schema(allowableValues = { UP, DOWN }) String status, Map<String, CheckResult> checks) {
    }

    @Schema(description = "Uitkomst van één controle")
    public record CheckResult(@Schema(allowableValues = { UP, DOWN }) String status, String detail) {
    }
}
