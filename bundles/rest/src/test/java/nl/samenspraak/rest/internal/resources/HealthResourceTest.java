package nl.samenspraak.rest.internal.resources;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

import nl.samenspraak.api.health.Health;
import nl.samenspraak.api.health.HealthCheck;

public class HealthResourceTest {

    private final AtomicInteger gedraaid = new AtomicInteger();
    private volatile boolean databaseUp = true;

    private final HealthCheck database = new HealthCheck() {
        @Override
        public String name() {
            return "database";
        }

        @Override
        public Health check() {
            gedraaid.incrementAndGet();
            return databaseUp ? Health.up("Derby") : Health.down("weg");
        }
    };

    @Test
    public void withinTheCachePeriodTheChecksRunOnceForAllCallers() {
        HealthResource health = resource(60_000);
        for (int i = 0; i < 100; i++) {
            assertEquals(200, health.health().getStatus());
        }
        assertEquals(1, gedraaid.get());
    }

    @Test
    public void aCheckThatComesOrGoesIsSeenAtOnce() {
        HealthResource health = resource(60_000);
        assertEquals(200, health.health().getStatus());
        health.removeCheck(database);
        assertEquals("a required check that is gone counts as down", 503, health.health().getStatus());
        health.addCheck(database);
        assertEquals(200, health.health().getStatus());
    }

    @Test
    public void aNodeThatBecomesReadyIsSeenWithinATenthOfASecondNotAfterTheCachePeriod() {
        HealthResource health = resource(60_000);
        long[] nu = { 0 };
        health.klok = () -> nu[0];
        databaseUp = false;
        assertEquals(503, health.health().getStatus());
        databaseUp = true;
        nu[0] += TimeUnit.MILLISECONDS.toNanos(99);
        assertEquals("not ready is still what was found", 503, health.health().getStatus());
        nu[0] += TimeUnit.MILLISECONDS.toNanos(1);
        assertEquals(200, health.health().getStatus());
        databaseUp = false;
        nu[0] += TimeUnit.MILLISECONDS.toNanos(59_000);
        assertEquals("ready holds for the cache period", 200, health.health().getStatus());
        assertEquals(2, gedraaid.get());
    }

    @Test
    public void withoutACachePeriodEveryCallChecks() {
        HealthResource health = resource(0);
        assertEquals(200, health.health().getStatus());
        databaseUp = false;
        assertEquals(503, health.health().getStatus());
        assertEquals(2, gedraaid.get());
    }

    private HealthResource resource(long cacheMillis) {
        HealthResource health = new HealthResource();
        health.configure(config(Map.of("required", new String[] { "database" }, "cache_ms", cacheMillis)));
        health.addCheck(database);
        return health;
    }

    private static HealthResource.Config config(Map<String, Object> waarden) {
        return (HealthResource.Config) Proxy.newProxyInstance(HealthResource.Config.class.getClassLoader(),
                new Class<?>[] { HealthResource.Config.class }, (proxy, method, args) -> waarden.get(method.getName()));
    }
}
