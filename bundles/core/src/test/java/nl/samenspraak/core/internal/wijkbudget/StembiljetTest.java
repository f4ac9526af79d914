package nl.samenspraak.core.internal.wijkbudget;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.rules.Rondeopzet.Stembiljet;

/** The server-side check of a ballot against the round's ballot kind, and the keyed hashes. */
public class StembiljetTest {

    private static Stembus.Stembiljetpapier papier(Stembiljet soort) {
        Ronde ronde = new Ronde("r1", "GM0222", "WK022291", "Ronde", Bedrag.euro(50_000), "b1", "stemming", new Rondeopzet(
                Rondeopzet.Besluitvorming.STEMMING, 0, 0, false, 16, true, soort, new Reden("art. 2", "opzet")),
                LocalDate.of(2026, 1, 1), new Besluit.Herkomst("t", "v", LocalDate.of(2025, 1, 1), Optional.empty(), "b", "1"),
                Fase.STEMMEN, Map.of(), "a", Instant.EPOCH, Optional.empty());
        List<Plan> plannen = List.of(plan("A", 20_000), plan("B", 20_000), plan("C", 15_000));
        return new Stembus.Stembiljetpapier(ronde, Telling.instance(ronde, plannen, List.of()));
    }

    private static Plan plan(String id, long euro) {
        return new Plan(id, "r1", id, id, Bedrag.euro(euro), "i", Instant.EPOCH, 0, Optional.of(true), Optional.empty(),
                Optional.empty());
    }

    private static String weigering(Stembus.Stembiljetpapier papier, List<String> plannen, Map<String, Integer> punten) {
        return assertThrows(StemGeweigerdException.class, () -> Stembus.controleer(papier, plannen, punten)).getMessage();
    }

    @Test
    public void approvalWithinTheBudget() {
        Stembus.Stembiljetpapier binnenBudget = papier(Stembiljet.binnenBudget());
        Stembus.controleer(binnenBudget, List.of("A", "B"), Map.of());
        Stembus.controleer(binnenBudget, List.of(), Map.of()); // a blank ballot is a ballot
        assertTrue(weigering(binnenBudget, List.of("A", "B", "C"), Map.of()).contains("meer dan het budget"));
        assertTrue(weigering(binnenBudget, List.of("A", "A"), Map.of()).contains("twee keer"));
        assertTrue(weigering(binnenBudget, List.of("Z"), Map.of()).contains("Onbekend plan"));
        assertTrue(weigering(binnenBudget, List.of(), Map.of("A", 1)).contains("geen punten"));
        assertTrue("the refusal cites the set-up's article", weigering(binnenBudget, List.of("Z"), Map.of()).endsWith("(art. 2)"));
    }

    @Test
    public void approvalOfAtMostKPlansAndSpreadingPoints() {
        Stembus.Stembiljetpapier maxTwee = papier(Stembiljet.maxPlannen(2));
        Stembus.controleer(maxTwee, List.of("A", "C"), Map.of());
        assertTrue(weigering(maxTwee, List.of("A", "B", "C"), Map.of()).contains("ten hoogste 2"));

        Stembus.Stembiljetpapier punten = papier(Stembiljet.punten(10));
        Stembus.controleer(punten, List.of(), Map.of("A", 6, "C", 4));
        assertTrue(weigering(punten, List.of(), Map.of("A", 6, "C", 5)).contains("ten hoogste 10 punten"));
        assertTrue(weigering(punten, List.of(), Map.of("A", -1)).contains("0 of meer"));
        assertTrue(weigering(punten, List.of("A"), Map.of()).contains("verdeelt punten"));
    }

    @Test
    public void keyedHashesDependOnTheKeyAndCannotBeShiftedBetweenParts() {
        byte[] sleutel = new byte[32];
        Stemgeheim geheim = new Stemgeheim(sleutel);
        assertEquals(64, geheim.hash("GM0222", "r1", "pas", "CODE").length());
        assertEquals(geheim.hash("GM0222", "r1", "pas", "CODE"), new Stemgeheim(sleutel).hash("GM0222", "r1", "pas", "CODE"));
        assertNotEquals("the gemeente is part of the key", geheim.hash("GM0222", "r1", "pas", "CODE"),
                geheim.hash("GM0518", "r1", "pas", "CODE"));
        assertNotEquals("parts are length-prefixed", geheim.hash("ab", "c"), geheim.hash("a", "bc"));
        byte[] ander = Arrays.copyOf(sleutel, 32);
        ander[0] = 1;
        assertNotEquals(geheim.hash("x"), new Stemgeheim(ander).hash("x"));
        assertThrows(IllegalArgumentException.class, () -> new Stemgeheim(new byte[16]));
    }
}
