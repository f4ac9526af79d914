package nl.samenspraak.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.After;
import org.junit.Test;

import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.werkplek.Toewijzing;

public class JpaToewijzingenTest {

    private static final Instant NU = Instant.parse("2026-12-02T09:00:00Z");

    private final ResourceLocalJpa database = new ResourceLocalJpa();
    private final JpaToewijzingen toewijzingen = new JpaToewijzingen(database, Clock.fixed(NU, ZoneOffset.UTC));

    @After
    public void sluit() {
        database.close();
    }

    @Test
    public void theNewestAssignmentCountsAndEveryOneIsKept() {
        toewijzingen.wijsToe("GM0222", "zaak-1", "anna", "bert");
        toewijzingen.wijsToe("GM0222", "zaak-1", "carla", "anna");
        toewijzingen.wijsToe("GM0222", "zaak-2", "bert", "bert");

        assertEquals(new Toewijzing("zaak-1", "carla", "anna", NU), toewijzingen.huidige("GM0222").get("zaak-1"));
        assertEquals("bert", toewijzingen.huidige("GM0222").get("zaak-2").aan());
        assertEquals(List.of("anna", "carla"), toewijzingen.geschiedenis("GM0222", "zaak-1").stream().map(Toewijzing::aan).toList());
    }

    @Test
    public void anotherGemeenteSeesNoneOfThem() {
        toewijzingen.wijsToe("GM0222", "zaak-1", "anna", "bert");
        assertTrue(toewijzingen.huidige("GM0518").isEmpty());
        assertTrue(toewijzingen.geschiedenis("GM0518", "zaak-1").isEmpty());
    }

    @Test
    public void aBlankNameIsRefusedAndNothingStored() {
        try {
            toewijzingen.wijsToe("GM0222", "zaak-1", "  ", "bert");
            fail("refused");
        } catch (OngeldigeInvoerException e) {
            assertEquals("aan", e.overtredingen().get(0).veld());
        }
        assertTrue(toewijzingen.huidige("GM0222").isEmpty());
    }
}
