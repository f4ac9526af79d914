package nl.samenspraak.gemeente.model.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Project;
import nl.samenspraak.allocation.VoteType;
import nl.samenspraak.allocation.pabulib.PabulibReader;
import nl.samenspraak.allocation.pabulib.PabulibWriter;
import nl.samenspraak.rules.Toewijzingsproces.Toewijzing;

public class ModelLotingTest {

    private static Instance ronde(String id) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("instance", id);
        meta.put("budget", "50000.00");
        meta.put("vote_type", "approval");
        List<Project> plannen = List.of(new Project("p1", new BigDecimal("20000.00"), "Speeltuin"),
                new Project("p2", new BigDecimal("30000.00"), "Moestuin"), new Project("p3", new BigDecimal("15000.00"), "Bankjes"),
                new Project("p4", new BigDecimal("25000.00"), "Kunst"), new Project("p5", new BigDecimal("5000.00"), "Feest"));
        return new Instance(meta, new BigDecimal("50000.00"), VoteType.APPROVAL, plannen, List.of());
    }

    @Test
    public void theDrawIsFixedByTheRoundAndFitsTheBudget() throws Exception {
        ModelLoting loting = new ModelLoting();
        Toewijzing eerste = loting.wijsToe(ronde("ronde-1"));
        assertEquals("the same round draws the same plans", eerste.gekozen(), loting.wijsToe(ronde("ronde-1")).gekozen());
        BigDecimal totaal = eerste.gekozen().stream().map(id -> ronde("ronde-1").project(id).orElseThrow().cost())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(totaal + " fits", totaal.compareTo(new BigDecimal("50000")) <= 0);
        assertEquals("every plan is drawn and explained", 5, eerste.uitleg().steps().size());
        assertTrue(eerste.uitleg().summary(), eerste.uitleg().summary().startsWith("Loting met zaad "));

        Instance naExport = PabulibReader.parse(PabulibWriter.toPabulib(ronde("ronde-1")));
        assertEquals("anyone can draw again from the Pabulib export", eerste.gekozen(), loting.wijsToe(naExport).gekozen());
        assertNotEquals("another round, another seed", ModelLoting.zaad(ronde("ronde-1")), ModelLoting.zaad(ronde("ronde-2")));
    }
}
