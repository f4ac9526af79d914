package nl.samenspraak.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.After;
import org.junit.Test;

import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.websessie.Websessie;

public class JpaWebsessiesTest {

    private static final Instant NU = Instant.parse("2026-12-02T09:00:00Z");

    private final ResourceLocalJpa database = new ResourceLocalJpa();
    private final JpaWebsessies sessies = new JpaWebsessies(database);

    @After
    public void sluit() {
        database.close();
    }

    @Test
    public void aSessionComesBackWithItsUserAndRoles() {
        Gebruiker anna = new Gebruiker("anna", Set.of("inwoner:GM0222", "ambtenaar:GM0518"));
        sessies.bewaar(new Websessie("s1", "token", Optional.of(anna), NU, NU));
        sessies.bewaar(new Websessie("s2", "ander", Optional.empty(), NU, NU));

        assertEquals(new Websessie("s1", "token", Optional.of(anna), NU, NU), sessies.vind("s1").orElseThrow());
        assertEquals(Optional.empty(), sessies.vind("s2").orElseThrow().gebruiker());
        assertTrue(sessies.vind("onbekend").isEmpty());
    }

    @Test
    public void useOnlyMovesTheTimeForward() {
        sessies.bewaar(new Websessie("s1", "token", Optional.empty(), NU, NU.plusSeconds(60)));
        sessies.gebruikt("s1", NU.plusSeconds(30));
        assertEquals("a node with an older view never turns the clock back", NU.plusSeconds(60),
                sessies.vind("s1").orElseThrow().laatstGebruikt());
        sessies.gebruikt("s1", NU.plusSeconds(120));
        assertEquals(NU.plusSeconds(120), sessies.vind("s1").orElseThrow().laatstGebruikt());
    }

    @Test
    public void endedSessionsAreForgotten() {
        sessies.bewaar(new Websessie("ongebruikt", "t", Optional.empty(), NU, NU.minusSeconds(3600)));
        sessies.bewaar(new Websessie("te-oud", "t", Optional.empty(), NU.minusSeconds(86_400), NU));
        sessies.bewaar(new Websessie("levend", "t", Optional.empty(), NU, NU));
        sessies.bewaar(new Websessie("afgemeld", "t", Optional.empty(), NU, NU));

        sessies.verwijder("afgemeld");
        assertEquals(2, sessies.verwijderVerlopen(NU.minusSeconds(1800), NU.minusSeconds(43_200)));
        assertTrue(sessies.vind("levend").isPresent());
        assertTrue(sessies.vind("ongebruikt").isEmpty());
        assertTrue(sessies.vind("te-oud").isEmpty());
        assertTrue(sessies.vind("afgemeld").isEmpty());
    }
}
