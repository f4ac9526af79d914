package nl.samenspraak.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.persistence.PersistenceException;

import org.junit.After;
import org.junit.Test;

import nl.samenspraak.api.initiatief.Participatieniveau;
import nl.samenspraak.api.monitor.AlBeantwoordException;
import nl.samenspraak.api.monitor.Antwoorden;
import nl.samenspraak.api.monitor.Nogmaals;
import nl.samenspraak.api.monitor.Oordeel;
import nl.samenspraak.api.monitor.Reactie;
import nl.samenspraak.api.monitor.Stelling;
import nl.samenspraak.api.monitor.Typering;
import nl.samenspraak.api.monitor.Zelfevaluatie;

/**
 * Responses on a real (in-memory Derby) database migrated by the shipped changelog: one per token and
 * questionnaire, refused by the database itself when the store's own check is passed by, and walled per gemeente.
 */
public class JpaReactieStoreTest {

    private static final String DEN_HAAG = "GM0518";
    private static final String DOETINCHEM = "GM0222";
    private static final LocalDate DAG = LocalDate.of(2026, 11, 30);

    private final ResourceLocalJpa database = new ResourceLocalJpa();
    private final JpaReactieStore store = new JpaReactieStore(database);

    @After
    public void sluit() {
        database.close();
    }

    @Test
    public void eenReactieWordtBewaardEnTeruggelezen() {
        store.bewaar(DEN_HAAG, "token-1", reactie("traject-1.voorbereiding", 7));

        List<Reactie> reacties = store.reacties(DEN_HAAG, "traject-1");
        assertEquals(1, reacties.size());
        assertEquals(reactie("traject-1.voorbereiding", 7), reacties.get(0));
        assertTrue(store.heeftGeantwoord(DEN_HAAG, "traject-1.voorbereiding", "token-1"));
        assertFalse(store.heeftGeantwoord(DEN_HAAG, "traject-1.voorbereiding", "token-2"));
    }

    @Test
    public void eenTweedeReactieVanDezelfdeDeelnemerWordtGeweigerd() {
        store.bewaar(DEN_HAAG, "token-1", reactie("traject-1.voorbereiding", 7));

        assertThrows(AlBeantwoordException.class, () -> store.bewaar(DEN_HAAG, "token-1", reactie("traject-1.voorbereiding", 3)));
        assertEquals(List.of(7), store.reacties(DEN_HAAG).stream().map(r -> r.antwoorden().cijferProces()).toList());
        // the same participant answers the next questionnaire of the traject
        store.bewaar(DEN_HAAG, "token-1", reactie("traject-1.uitvoering", 8));
        assertEquals(2, store.reacties(DEN_HAAG, "traject-1").size());
    }

    @Test
    public void deDatabaseZelfWeigertEenTweedeReactie() {
        // past the store's own check, as a racing second request would be: the unique key still refuses it
        database.tx(em -> {
            em.setProperty(TenantJpa.TENANT, DEN_HAAG);
            em.persist(new ReactieEntity("token-1", reactie("traject-1.voorbereiding", 7)));
        });
        PersistenceException e = assertThrows(PersistenceException.class, () -> database.tx(em -> {
            em.setProperty(TenantJpa.TENANT, DEN_HAAG);
            em.persist(new ReactieEntity("token-1", reactie("traject-1.voorbereiding", 4)));
            em.flush();
        }));
        assertTrue(isUniekeSleutel(e));
    }

    @Test
    public void eenGemeenteZietDeReactiesVanEenAndereNiet() {
        store.bewaar(DEN_HAAG, "token-1", reactie("traject-1.voorbereiding", 7));

        assertEquals(List.of(), store.reacties(DOETINCHEM));
        assertEquals(List.of(), store.reacties(DOETINCHEM, "traject-1"));
        assertFalse(store.heeftGeantwoord(DOETINCHEM, "traject-1.voorbereiding", "token-1"));
    }

    @Test
    public void eenZelfevaluatieWordtVervangen() {
        store.bewaar(DEN_HAAG, zelfevaluatie(Oordeel.EENS, 10));
        store.bewaar(DEN_HAAG, zelfevaluatie(Oordeel.HELEMAAL_EENS, 12));

        assertEquals(zelfevaluatie(Oordeel.HELEMAAL_EENS, 12), store.zelfevaluatie(DEN_HAAG, "traject-1").orElseThrow());
        assertEquals(1, store.zelfevaluaties(DEN_HAAG).size());
        assertTrue(store.zelfevaluatie(DOETINCHEM, "traject-1").isEmpty());
    }

    private static Reactie reactie(String vragenlijst, int cijfer) {
        Map<Stelling, Oordeel> oordelen = new EnumMap<>(Stelling.class);
        for (Stelling s : Stelling.values()) {
            oordelen.put(s, Oordeel.values()[s.ordinal() % Oordeel.values().length]);
        }
        return new Reactie(vragenlijst, "traject-1", new Antwoorden(oordelen, cijfer, 6, Nogmaals.MISSCHIEN,
                "Goede avonden", ""), DAG);
    }

    private static Zelfevaluatie zelfevaluatie(Oordeel oordeel, int weken) {
        Map<Stelling, Oordeel> oordelen = new EnumMap<>(Stelling.class);
        for (Stelling s : Stelling.values()) {
            oordelen.put(s, oordeel);
        }
        return new Zelfevaluatie("traject-1", oordelen, new Typering(Typering.Participatiesoort.BURGERPARTICIPATIE,
                Participatieniveau.ADVISEREN, Typering.Schaal.WIJK, weken, Typering.Beslisser.COLLEGE), "pl",
                Instant.parse("2026-11-30T10:00:00Z"));
    }

    private static boolean isUniekeSleutel(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
