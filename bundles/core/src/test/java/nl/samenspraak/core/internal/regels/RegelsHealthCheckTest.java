package nl.samenspraak.core.internal.regels;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import nl.samenspraak.api.health.Health;

public class RegelsHealthCheckTest {

    @Test
    public void aGemeenteWithoutRulesIsNamedButNoPlatformFailure() {
        Health health = RegelsHealthCheck.oordeel(2, List.of("GM0518"), List.of(), List.of());
        assertTrue(health.up());
        assertEquals("1 van 2 gemeenten hebben regels; zonder regels: GM0518", health.detail());
    }

    @Test
    public void aRulesBundleThatShouldRunButDoesNotIsNamedButLeavesTheNodeUp() {
        Health health = RegelsHealthCheck.oordeel(2, List.of(), List.of("nl.gm0599 1.0.0 (niet opgelost)"), List.of());
        assertTrue(health.up());
        assertTrue(health.detail(), health.detail().endsWith("niet actief zijn (hun gemeenten krijgen geen besluiten): nl.gm0599 1.0.0 (niet opgelost)"));
    }

    @Test
    public void whileThePlatformStartsItIsDown() {
        Health health = RegelsHealthCheck.oordeel(2, List.of("GM0518"), List.of(), List.of(), true);
        assertFalse(health.up());
        assertTrue(health.detail(), health.detail().endsWith("het platform start nog: de regelbundels in deploy/ draaien nog niet alle"));
    }

    @Test
    public void warningsAreInTheDetailButLeaveItUp() {
        Health health = RegelsHealthCheck.oordeel(1, List.of(), List.of(),
                List.of("Regels voor 'GM363' uit nl.x 1.0.0: geen geldige gemeentecode"));
        assertTrue(health.up());
        assertEquals("1 van 1 gemeenten hebben regels; WAARSCHUWING: Regels voor 'GM363' uit nl.x 1.0.0: geen geldige "
                + "gemeentecode", health.detail());
    }

    @Test
    public void longListsAreCut() {
        List<String> codes = java.util.stream.IntStream.range(0, 12).mapToObj(i -> String.format("GM%04d", i)).toList();
        assertTrue(RegelsHealthCheck.oordeel(12, codes, List.of(), List.of()).detail().endsWith("GM0009 en 2 meer"));
    }
}
