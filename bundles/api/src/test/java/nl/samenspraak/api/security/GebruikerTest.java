package nl.samenspraak.api.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;

import org.junit.Test;

public class GebruikerTest {

    @Test
    public void scopedRoleHoldsOnlyForItsGemeente() {
        Gebruiker ambtenaar = new Gebruiker("a", Set.of("ambtenaar:GM0518"));
        assertTrue(ambtenaar.heeft(Rol.AMBTENAAR, "GM0518"));
        assertFalse(ambtenaar.heeft(Rol.AMBTENAAR, "GM0222"));
        assertFalse(ambtenaar.heeft(Rol.INWONER, "GM0518"));
        assertTrue(ambtenaar.hoortBij("GM0518"));
        assertFalse(ambtenaar.hoortBij("GM0222"));
        assertEquals(Set.of("GM0518"), ambtenaar.gemeenten());
    }

    @Test
    public void beheerderActsForEveryGemeente() {
        Gebruiker beheerder = new Gebruiker("b", Set.of("beheerder"));
        assertTrue(beheerder.heeft(Rol.AMBTENAAR, "GM0222"));
        assertTrue(beheerder.hoortBij("GM9999"));
    }

    @Test
    public void foreignRolesGrantNothing() {
        Gebruiker karafAdmin = new Gebruiker("k", Set.of("admin", "ssh"));
        assertFalse(karafAdmin.isBeheerder());
        assertFalse(karafAdmin.hoortBij("GM0518"));
    }
}
