package nl.samenspraak.rest.internal.resources;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import nl.samenspraak.api.initiatief.Overheidsparticipatie;
import nl.samenspraak.api.initiatief.Overheidsparticipatie.Bijdrage;
import nl.samenspraak.api.initiatief.Overheidsparticipatie.Rol;

/** The Location of a new version names its number, even where the database keeps the time coarser than the clock. */
public class OverheidsparticipatieVersieTest {

    private static Overheidsparticipatie versie(Rol rol, String door, Instant op) {
        return new Overheidsparticipatie("i", rol, Set.of(Bijdrage.GELD), "x", "Anna", "a@x", door, op);
    }

    @Test
    public void deLaatsteDieHetzelfdeZegtVanDezelfdeAmbtenaar() {
        Instant klok = Instant.parse("2027-01-01T10:00:00.123456789Z");
        Instant database = Instant.parse("2027-01-01T10:00:00.123456Z");
        List<Overheidsparticipatie> geschiedenis = List.of(versie(Rol.PARTNER, "a", database.minusSeconds(60)),
                versie(Rol.ADVISEUR, "a", database.minusSeconds(30)), versie(Rol.PARTNER, "a", database),
                versie(Rol.PARTNER, "b", database));
        assertEquals(3, OverheidsparticipatieResource.versieVan(geschiedenis, versie(Rol.PARTNER, "a", klok)));
        assertEquals(2, OverheidsparticipatieResource.versieVan(geschiedenis, versie(Rol.ADVISEUR, "a", klok)));
    }
}
