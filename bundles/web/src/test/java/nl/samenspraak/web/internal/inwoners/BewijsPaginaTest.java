package nl.samenspraak.web.internal.inwoners;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class BewijsPaginaTest {

    private static final String PB = "META\nkey;value\nvote_type;approval\nPROJECTS\nproject_id;cost\nabc;100\n"
            + "VOTES\nvoter_id;vote\nk3y-1;abc\nk3y-22;abc\n";

    @Test
    public void findsAReceiptOnlyAsAWholeVoterIdInTheVotes() {
        assertTrue(BewijsPagina.geteld(PB, "k3y-1"));
        assertTrue(BewijsPagina.geteld(PB, "k3y-22"));
        assertFalse("a prefix is no receipt", BewijsPagina.geteld(PB, "k3y-2"));
        assertFalse("a project id is no receipt", BewijsPagina.geteld(PB, "abc"));
        assertFalse(BewijsPagina.geteld(PB, "voter_id"));
    }
}
