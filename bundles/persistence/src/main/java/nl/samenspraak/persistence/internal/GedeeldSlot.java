package nl.samenspraak.persistence.internal;

import javax.persistence.EntityManager;

import org.eclipse.persistence.internal.databaseaccess.Platform;
import org.eclipse.persistence.sessions.Session;

/**
 * The SQL that reads a round's phase under a shared row lock held until commit, in the dialect of the
 * database in use. JPA has no shared lock that every platform honours ({@code PESSIMISTIC_READ} becomes an
 * exclusive lock on Derby), so this is native SQL: Derby's {@code WITH RS} (read stability) and PostgreSQL's
 * {@code FOR SHARE}. Both let readers share the row and make a writer wait for them, which is what keeps a
 * ballot from landing after the count.
 */
final class GedeeldSlot {

    private static final String FASE = "SELECT FASE FROM " + RondeEntity.TABEL + " WHERE ID = ? AND TENANT_ID = ?";

    private GedeeldSlot() {
    }

    static String faseVanRonde(EntityManager em) {
        return faseVanRonde(em.unwrap(Session.class).getDatasourcePlatform());
    }

    static String faseVanRonde(Platform platform) {
        if (platform.isDerby()) {
            return FASE + " WITH RS";
        }
        if (platform.isPostgreSQL()) {
            return FASE + " FOR SHARE";
        }
        throw new IllegalStateException("No shared row lock known for database platform " + platform.getClass().getName()
                + "; Samenspraak runs on Derby and PostgreSQL");
    }
}
