package nl.samenspraak.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

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
    public void anotherDatabaseIsRefusedRatherThanReadWithoutALock() {
        assertThrows(IllegalStateException.class, () -> GedeeldSlot.faseVanRonde(new MySQLPlatform()));
    }
}
