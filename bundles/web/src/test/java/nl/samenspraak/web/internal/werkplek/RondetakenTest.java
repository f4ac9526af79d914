package nl.samenspraak.web.internal.werkplek;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.web.internal.werkplek.Rondetaken.Rondetaak;

public class RondetakenTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 2);

    @Test
    public void plansAwaitingTheCheckAndPhasesWhoseDayHasComeInOrderOfThatDay() {
        Ronde toets = ronde("toets", Fase.HAALBAARHEIDSTOETS, true, Map.of(Fase.STEMMEN, VANDAAG.plusDays(5)));
        Ronde stemmen = ronde("stemmen", Fase.STEMMEN, true, Map.of(Fase.STEMMEN, VANDAAG.minusDays(20),
                Fase.UITSLAG, VANDAAG.minusDays(2)));
        Ronde steun = ronde("steun", Fase.STEUN_VERZAMELEN, true, Map.of(Fase.HAALBAARHEIDSTOETS, VANDAAG));
        Ronde later = ronde("later", Fase.PLANNEN_INDIENEN, true, Map.of(Fase.STEUN_VERZAMELEN, VANDAAG.plusDays(1)));
        List<Rondetaak> taken = Rondetaken.van(List.of(toets, stemmen, steun, later), Map.of("toets", List.of(
                plan("a", 30, Optional.empty()), plan("b", 25, Optional.empty()), plan("c", 30, Optional.of(true)),
                plan("te weinig steun", 3, Optional.empty()))), VANDAAG);

        assertEquals(List.of("stemmen", "steun", "toets"), taken.stream().map(t -> t.ronde().id()).toList());
        assertEquals("De stemming sluiten en de uitslag vaststellen", taken.get(0).taak());
        assertTrue(taken.get(0).verlopen());
        assertEquals("2 dagen te laat", taken.get(0).dagen());
        assertEquals("Naar de fase haalbaarheidstoets", taken.get(1).taak());
        assertEquals("laatste dag vandaag", taken.get(1).dagen());
        assertEquals("only plans with enough support need the check", "2 plannen wachten op de haalbaarheidstoets",
                taken.get(2).taak());
        assertEquals(Optional.of(VANDAAG.plusDays(5)), taken.get(2).termijn());
        assertFalse(taken.get(2).verlopen());
    }

    @Test
    public void withoutAnnouncedDayTheCheckComesLastAndWithoutTheCheckNothingWaits() {
        List<Rondetaak> taken = Rondetaken.van(List.of(ronde("r", Fase.HAALBAARHEIDSTOETS, true, Map.of()),
                ronde("zonder", Fase.HAALBAARHEIDSTOETS, false, Map.of())), Map.of("r", List.of(plan("a", 30, Optional.empty())),
                        "zonder", List.of(plan("b", 30, Optional.empty()))), VANDAAG);
        assertEquals(1, taken.size());
        assertEquals("1 plan wacht op de haalbaarheidstoets", taken.get(0).taak());
        assertEquals("geen dag aangekondigd", taken.get(0).dagen());
        assertFalse(taken.get(0).verlopen());
    }

    private static Ronde ronde(String id, Fase fase, boolean haalbaarheidstoets, Map<Fase, LocalDate> planning) {
        return new Ronde(id, "GM0222", "WK022291", "Ronde " + id, Bedrag.euro(50_000), "b1", "stemming", new Rondeopzet(
                Rondeopzet.Besluitvorming.STEMMING, 0, 25, haalbaarheidstoets, 16, true, Rondeopzet.Stembiljet.goedkeuring(),
                new Reden("art. 2", "opzet")), LocalDate.of(2026, 1, 1),
                new Besluit.Herkomst("t", "v", LocalDate.of(2025, 1, 1), Optional.empty(), "b", "1"), fase, planning, "a",
                Instant.EPOCH, Optional.empty());
    }

    private static Plan plan(String id, long steun, Optional<Boolean> haalbaar) {
        return new Plan(id, "r", id, id, Bedrag.euro(1_000), "i", Instant.EPOCH, steun, haalbaar, Optional.empty(), Optional.empty());
    }
}
