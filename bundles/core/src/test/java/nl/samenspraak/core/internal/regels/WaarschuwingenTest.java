package nl.samenspraak.core.internal.regels;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;


import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Verordening;

public class WaarschuwingenTest {

    private static final LocalDate JAN_2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);
    private static final Set<String> IN_GEBRUIK = Set.of("GM0363", Regels.MODEL);

    /** The deploy/ pitfall: an old and a new jar of one gemeente side by side, both from the same day. */
    @Test
    public void twoVersionsFromTheSameDayAreAWarningNamingTheOneUsed() {
        List<String> waarschuwingen = Waarschuwingen.van(List.of(
                regeling("GM0363", "Regeling v1", JAN_2020, null, 10, 1),
                regeling("GM0363", "Regeling v2", JAN_2020, null, 11, 2)), IN_GEBRUIK, Map.of());

        assertEquals(1, waarschuwingen.size());
        String w = waarschuwingen.get(0);
        assertTrue(w, w.startsWith("Twee subsidieregelingen 'bewonersinitiatief' voor GM0363 gelden tegelijk vanaf 2020-01-01"));
        assertTrue(w, w.contains("het platform gebruikt 'Regeling v1' (2020-01-01 tot nader order) uit nl.gm0363 1.0.0"));
        assertTrue(w, w.contains("deploy/"));
    }

    @Test
    public void twoBundlesOverlappingFromDifferentDaysAreAWarningToo() {
        List<String> waarschuwingen = Waarschuwingen.van(List.of(
                regeling("GM0363", "Oud", JAN_2020, null, 10, 1),
                regeling("GM0363", "Nieuw", JAN_2025, null, 11, 2)), IN_GEBRUIK, Map.of());
        assertEquals(1, waarschuwingen.size());
        assertTrue(waarschuwingen.get(0), waarschuwingen.get(0).contains("het platform gebruikt 'Nieuw'"));
    }

    @Test
    public void aBundleSucceedingItsOwnVersionOrOtherKindsAreNoConflict() {
        assertEquals(List.of(), Waarschuwingen.van(List.of(
                regeling("GM0363", "Oud", JAN_2020, null, 10, 1),
                regeling("GM0363", "Nieuw", JAN_2025, null, 10, 2),
                new Aanbod(Verordening.class, null, "GM0363", Optional.empty(), RegelsInfo.vanaf("Verordening", "x", JAN_2020),
                        "nl.gm0363", "1.0.0", 10, 4, 0)), IN_GEBRUIK, Map.of()));
    }

    @Test
    public void rulesForAnInvalidOrUnconfiguredGemeenteAreWarnedAbout() {
        List<String> waarschuwingen = Waarschuwingen.van(List.of(
                regeling("GM363", "Regeling", JAN_2020, null, 10, 1),
                regeling("GM9909", "Regeling", JAN_2020, null, 11, 2),
                regeling(Regels.MODEL, "Model", JAN_2020, null, 12, 3)), Set.of("GM0363"), Map.of());
        assertEquals(List.of(
                "Regels voor 'GM363' uit nl.gm0363 1.0.0: geen geldige gemeentecode (GM en vier cijfers, zoals GM0363); "
                        + "geen gemeente gebruikt ze",
                "Regels voor GM9909 uit nl.gm0363 2.0.0: geen geconfigureerde gemeente gebruikt ze (ontbreekt "
                        + "etc/nl.samenspraak.gemeente-<naam>.cfg met code GM9909?)"), waarschuwingen);
    }

    @Test
    public void bundlesWithoutRulesAreListed() {
        assertEquals(List.of("Bundel nl.vergeten 1.0.0 registreert niets"),
                Waarschuwingen.van(List.of(), IN_GEBRUIK, Map.of("nl.vergeten 1.0.0", "registreert niets")));
    }

    private static Aanbod regeling(String voor, String titel, LocalDate vanaf, LocalDate tot, long bundel, long service) {
        RegelsInfo info = RegelsInfo.vanaf(titel, "test", vanaf);
        return new Aanbod(Subsidieregeling.class, null, voor, Optional.of("bewonersinitiatief"),
                tot == null ? info : info.tot(tot), "nl.gm0363", bundel == 11 ? "2.0.0" : "1.0.0", bundel, service, 0);
    }
}
