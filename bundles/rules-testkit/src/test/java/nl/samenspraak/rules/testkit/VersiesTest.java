package nl.samenspraak.rules.testkit;

import static nl.samenspraak.rules.testkit.RegelstoetsTest.assertFaalt;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsInfo;

public class VersiesTest {

    private static final LocalDate NIEUWJAAR = LocalDate.of(2025, 1, 1);

    private final ProefRegeling oud = versie("2017", LocalDate.of(2017, 1, 1), NIEUWJAAR.minusDays(1));
    private final ProefRegeling nieuw = versie("2025", NIEUWJAAR, null);

    @Test
    public void picksTheVersionInForceOnTheDay() {
        Versies.verwachtGeldend(NIEUWJAAR.minusDays(1), oud, oud, nieuw);
        Versies.verwachtGeldend(NIEUWJAAR, nieuw, oud, nieuw);
        Versies.verwachtGeen(LocalDate.of(2016, 12, 31), oud, nieuw);
        assertFaalt(() -> Versies.verwachtGeldend(NIEUWJAAR, oud, oud, nieuw), "het platform kiest '2025'");
    }

    @Test
    public void likeThePlatformTheLatestStartWinsWhereVersionsOverlap() {
        ProefRegeling openEinde = versie("2017 open", LocalDate.of(2017, 1, 1), null);
        assertSame(nieuw, Versies.geldendOp(LocalDate.of(2026, 5, 1), openEinde, nieuw).orElseThrow());
        assertSame(openEinde, Versies.geldendOp(LocalDate.of(2024, 5, 1), openEinde, nieuw).orElseThrow());
        assertFaalt(() -> Versies.controleerGeenOverlap(List.of(openEinde, nieuw)), "overlapt met");
    }

    @Test
    public void twoVersionsStartingTheSameDayAreAmbiguous() {
        assertFaalt(() -> Versies.geldendOp(NIEUWJAAR, nieuw, versie("2025 bis", NIEUWJAAR, null)), "op dezelfde dag");
    }

    @Test
    public void adjacentVersionsAreFineAndGapsAreFound() {
        Versies.controleerAaneengesloten(List.of(oud, nieuw));
        ProefRegeling later = versie("2025-02", LocalDate.of(2025, 2, 1), null);
        Versies.controleerGeenOverlap(List.of(oud, later));
        assertFaalt(() -> Versies.controleerAaneengesloten(List.of(oud, later)), "geldt niets");
        assertEquals(Optional.empty(), Versies.geldendOp(LocalDate.of(2025, 1, 15), List.<Regels>of(oud, later)));
    }

    @Test
    public void onlyVersionsOfOneRegulationMustNotOverlap() {
        Regels andereRegeling = new ProefRegeling(RegelsInfo.vanaf("andere", "x", NIEUWJAAR)) {
            @Override
            public String regeling() {
                return "andere";
            }
        };
        Versies.controleerGeenOverlap(List.of(nieuw, andereRegeling));
    }

    private static ProefRegeling versie(String titel, LocalDate vanaf, LocalDate tot) {
        RegelsInfo info = RegelsInfo.vanaf(titel, "test", vanaf);
        return new ProefRegeling(tot == null ? info : info.tot(tot));
    }
}
