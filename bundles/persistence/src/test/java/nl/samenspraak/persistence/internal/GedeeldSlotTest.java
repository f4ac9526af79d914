package nl.samenspraak.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.eclipse.persistence.platform.database.DerbyPlatform;
import org.eclipse.persistence.platform.database.MySQLPlatform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.junit.Test;

public class GedeeldSlotTest {

    @Test
    public void derbyReadsTheRoundUnderReadStability() {
        assertEquals("SELECT FASE FROM WIJKBUDGETRONDE WHERE ID = ? AND TENANT_ID = ? WITH RS",
                GedeeldSlot.faseVanRonde(new DerbyPlatform()));
    }

    @Test
    public void postgresqlReadsTheRoundForShare() {
        assertEquals("SELECT FASE FROM WIJKBUDGETRONDE WHERE ID = ? AND TENANT_ID = ? FOR SHARE",
                GedeeldSlot.faseVanRonde(new PostgreSQLPlatform()));
    }

    @Test
    public void aBallotsChecksShareTheRoundsLockOnEitherDatabase() {
        assertTrue(GedeeldSlot.stemcontrole(new DerbyPlatform()).endsWith("WHERE r.ID = ? AND r.TENANT_ID = ? WITH RS"));
        assertTrue(GedeeldSlot.stemcontrole(new PostgreSQLPlatform()).endsWith("WHERE r.ID = ? AND r.TENANT_ID = ? FOR SHARE"));
    }

    @Test
    public void anotherDatabaseIsRefusedRatherThanReadWithoutALock() {
        assertThrows(IllegalStateException.class, () -> GedeeldSlot.faseVanRonde(new MySQLPlatform()));
        assertThrows(IllegalStateException.class, () -> GedeeldSlot.stemcontrole(new MySQLPlatform()));
    }
}
