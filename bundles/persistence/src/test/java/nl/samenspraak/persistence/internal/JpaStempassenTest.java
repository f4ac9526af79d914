package nl.samenspraak.persistence.internal;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.After;
import org.junit.Test;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Rondeopzet;

/**
 * Voting passes on a real (in-memory Derby) database: one pass per resident, also when a resident appears twice in
 * one list, in a later list, or in lists longer than one query block.
 */
public class JpaStempassenTest {

    private final ResourceLocalJpa database = new ResourceLocalJpa();
    private final JpaWijkbudgetStore store = new JpaWijkbudgetStore(database);

    @After
    public void sluit() {
        database.close();
    }

    @Test
    public void eachResidentGetsOnePassAcrossListsAndQueryBlocks() {
        String ronde = ronde("GM0222").id();
        List<String> kiezers = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            kiezers.add("kiezer-" + i);
        }
        kiezers.add("kiezer-7"); // twice in one list

        List<Boolean> eerste = store.registreerStempassen("GM0222", ronde, passen("a", kiezers.size()), kiezers);

        assertEquals(1200, Collections.frequency(eerste, true));
        assertEquals(Boolean.FALSE, eerste.get(1200));
        List<Boolean> tweede = store.registreerStempassen("GM0222", ronde, passen("b", 3), List.of("kiezer-1199", "nieuw", "kiezer-0"));
        assertEquals(List.of(false, true, false), tweede);
    }

    private Ronde ronde(String gemeente) {
        return store.create(gemeente, new Ronde("r-" + gemeente, gemeente, "WK1", "Ronde", Bedrag.euro(50_000), "b1", "stemming",
                new Rondeopzet(Rondeopzet.Besluitvorming.STEMMING, 0, 0, false, 16, true, Rondeopzet.Stembiljet.goedkeuring(),
                        new Reden("art. 2", "opzet")),
                LocalDate.of(2026, 1, 1), new Besluit.Herkomst("t", "v", LocalDate.of(2025, 1, 1), Optional.empty(), "b", "1"),
                Fase.STEMMEN, Map.of(), "ambtenaar", Instant.EPOCH, Optional.empty()));
    }

    private static List<String> passen(String voorvoegsel, int aantal) {
        List<String> passen = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            passen.add(voorvoegsel + "-pas-" + i);
        }
        return passen;
    }
}
