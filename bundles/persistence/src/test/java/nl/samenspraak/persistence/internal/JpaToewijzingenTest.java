package nl.samenspraak.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.After;
import org.junit.Test;

import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Uitdaaggegevens;
import nl.samenspraak.api.mail.Bericht;
import nl.samenspraak.api.mail.Mailsoort;
import nl.samenspraak.api.opslag.InitiatiefStore.NieuwInitiatief;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.werkplek.Toewijzing;
import nl.samenspraak.rules.Uitdaagverzoek;

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
    public void whoIsAssignedAnItemByAColleagueIsMailedAndWhoTakesItThemselvesIsNot() {
        JpaOutbox outbox = new JpaOutbox(database);
        toewijzingen.wijsToe("GM0222", "zaak-1", "anna", "bert");
        toewijzingen.wijsToe("GM0222", "zaak-2", "bert", "bert");

        List<Bericht> berichten = outbox.lijst(Optional.empty(), 10);
        assertEquals(1, berichten.size());
        Bericht bericht = berichten.get(0);
        assertEquals(Mailsoort.ZAAK_TOEGEWEZEN, bericht.soort());
        assertEquals(Optional.of("anna"), bericht.gebruiker());
        assertEquals("GM0222", bericht.gemeente());
        assertEquals("bert", bericht.gegevens().get("door"));
        assertEquals("an item the store does not know is found in the werkvoorraad", "/gemeenten/GM0222/werkplek?wie=mij",
                bericht.gegevens().get("pad"));
    }

    @Test
    public void theMailOfAnAssignedApplicationLinksToWhereItIsDecided() {
        JpaOutbox outbox = new JpaOutbox(database);
        JpaInitiatiefStore initiatieven = new JpaInitiatiefStore(database);
        Uitdaagverzoek verzoek = new Uitdaagverzoek(LocalDate.of(2026, 12, 1), "Groenonderhoud", false, 0, 5, Set.of());
        Initiatief zaak = initiatieven.create("GM0222", new NieuwInitiatief("Groenonderhoud Overstegen", "Zelf doen", Optional.empty(),
                new Uitdaaggegevens(verzoek, LocalDate.of(2027, 1, 26))), "inwoner", NU);
        toewijzingen.wijsToe("GM0222", zaak.id(), "anna", "bert");

        Bericht bericht = outbox.lijst(Optional.empty(), 10).stream().filter(b -> b.soort() == Mailsoort.ZAAK_TOEGEWEZEN)
                .findFirst().orElseThrow();
        assertEquals("Groenonderhoud Overstegen", bericht.gegevens().get("titel"));
        assertEquals("/gemeenten/GM0222/werkplek/uitdaagrecht/" + zaak.id(), bericht.gegevens().get("pad"));
        assertEquals("2027-01-26", bericht.gegevens().get("termijn"));
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
