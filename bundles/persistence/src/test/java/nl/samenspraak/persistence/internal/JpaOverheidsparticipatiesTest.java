package nl.samenspraak.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.After;
import org.junit.Test;

import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.Overheidsparticipatie;
import nl.samenspraak.api.initiatief.Overheidsparticipatie.Bijdrage;
import nl.samenspraak.api.initiatief.Overheidsparticipatie.Rol;
import nl.samenspraak.api.initiatief.OverheidsparticipatieService.NieuweOverheidsparticipatie;
import nl.samenspraak.api.initiatief.Subsidiegegevens;
import nl.samenspraak.api.initiatief.Uitdaaggegevens;
import nl.samenspraak.api.opslag.InitiatiefStore.NieuwInitiatief;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Uitdaagverzoek;

/** On the schema the migrations make: the newest version holds, every one is kept, tenants and kinds are walls. */
public class JpaOverheidsparticipatiesTest {

    private static final Instant NU = Instant.parse("2026-12-02T09:00:00Z");
    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 2);

    private final ResourceLocalJpa database = new ResourceLocalJpa();
    private final JpaOverheidsparticipaties deelnames = new JpaOverheidsparticipaties(database, Clock.fixed(NU, ZoneOffset.UTC));
    private final JpaInitiatiefStore initiatieven = new JpaInitiatiefStore(database);

    @After
    public void sluit() {
        database.close();
    }

    @Test
    public void theNewestVersionHoldsAndEveryOneIsKept() {
        String id = bewonersinitiatief("GM0222");
        deelnames.legVast("GM0222", id, new NieuweOverheidsparticipatie(Rol.ADVISEUR, Set.of(Bijdrage.ADVIES), "Wij denken mee",
                "Anna de Wit", "a.dewit@doetinchem.nl"), "ambtenaar-1");
        Overheidsparticipatie nu = deelnames.legVast("GM0222", id, new NieuweOverheidsparticipatie(Rol.PARTNER,
                Set.of(Bijdrage.GELD, Bijdrage.PLEK), "  € 500 en het buurthuis  ", "Bert Smit", "0314 123 456"), "ambtenaar-2");

        assertEquals(new Overheidsparticipatie(id, Rol.PARTNER, Set.of(Bijdrage.PLEK, Bijdrage.GELD), "€ 500 en het buurthuis",
                "Bert Smit", "0314 123 456", "ambtenaar-2", NU), nu);
        assertEquals(Optional.of(nu), deelnames.huidige("GM0222", id));
        assertEquals(List.of(Rol.ADVISEUR, Rol.PARTNER), deelnames.geschiedenis("GM0222", id).stream()
                .map(Overheidsparticipatie::rol).toList());
    }

    @Test
    public void anotherGemeenteNeitherSeesNorWritesIt() {
        String id = bewonersinitiatief("GM0222");
        deelnames.legVast("GM0222", id, nieuw(), "ambtenaar-1");
        assertEquals(Optional.empty(), deelnames.huidige("GM0518", id));
        assertThrows(InitiatiefNietGevondenException.class, () -> deelnames.legVast("GM0518", id, nieuw(), "ambtenaar-denhaag"));
        assertEquals(1, deelnames.geschiedenis("GM0222", id).size());
    }

    @Test
    public void onlyOnAResidentsInitiative() {
        String verzoek = initiatieven.create("GM0222", new NieuwInitiatief("Groen", "Wij doen het groen", Optional.empty(),
                new Uitdaaggegevens(new Uitdaagverzoek(VANDAAG, "taak", false, 0, 5, Set.of()), VANDAAG.plusWeeks(8))),
                "inwoner", NU).id();
        assertThrows(InitiatiefNietGevondenException.class, () -> deelnames.legVast("GM0222", verzoek, nieuw(), "a"));
        assertThrows(InitiatiefNietGevondenException.class, () -> deelnames.legVast("GM0222", "bestaat-niet", nieuw(), "a"));
    }

    @Test
    public void everyMissingFieldIsNamedAndNothingStored() {
        String id = bewonersinitiatief("GM0222");
        OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> deelnames.legVast("GM0222", id,
                new NieuweOverheidsparticipatie(null, Set.of(), " ", "", null), "a"));
        assertEquals(List.of("rol", "bijdragen", "toelichting", "contactpersoon", "contact"),
                e.overtredingen().stream().map(o -> o.veld()).toList());
        assertTrue(deelnames.geschiedenis("GM0222", id).isEmpty());
    }

    private static NieuweOverheidsparticipatie nieuw() {
        return new NieuweOverheidsparticipatie(Rol.ONDERSTEUNER, Set.of(Bijdrage.MATERIALEN), "Een aanhanger", "Carla", "c@d.nl");
    }

    private String bewonersinitiatief(String gemeente) {
        Subsidieaanvraag aanvraag = new Subsidieaanvraag(VANDAAG, VANDAAG.plusMonths(2), 500_00, Subsidieaanvraag.Schaal.STRAAT,
                Optional.empty(), 40, List.of(), Set.of());
        return initiatieven.create(gemeente, new NieuwInitiatief("Buurtfeest", "Een feest", Optional.empty(),
                Subsidiegegevens.aangevraagd("bewonersinitiatief", aanvraag, VANDAAG.plusWeeks(8))), "inwoner", NU).id();
    }
}
