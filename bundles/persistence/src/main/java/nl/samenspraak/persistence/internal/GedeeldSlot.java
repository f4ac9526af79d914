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

    /**
     * Everything a ballot is checked against, in one statement: the round's phase (under the same shared lock as
     * {@link #faseVanRonde}, so closing the vote waits for ballots in flight), whether the voter key belongs to a
     * pass of this round, and whether it has voted already. Parameters: voter key, voter key, round, gemeente.
     */
    private static final String STEMCONTROLE = "SELECT r.FASE, "
            + "(SELECT COUNT(*) FROM STEMPAS p WHERE p.SLEUTEL = ? AND p.RONDE_ID = r.ID AND p.SOORT = 'PAS' "
            + "AND p.TENANT_ID = r.TENANT_ID), "
            + "(SELECT COUNT(*) FROM STEM s WHERE s.STEMMER = ? AND s.TENANT_ID = r.TENANT_ID) "
            + "FROM " + RondeEntity.TABEL + " r WHERE r.ID = ? AND r.TENANT_ID = ?";

    private GedeeldSlot() {
    }

    static String faseVanRonde(EntityManager em) {
        return faseVanRonde(platform(em));
    }

    static String faseVanRonde(Platform platform) {
        return FASE + gedeeld(platform);
    }

    static String stemcontrole(EntityManager em) {
        return stemcontrole(platform(em));
    }

    static String stemcontrole(Platform platform) {
        return STEMCONTROLE + gedeeld(platform);
    }

    private static Platform platform(EntityManager em) {
        return em.unwrap(Session.class).getDatasourcePlatform();
    }

    private static String gedeeld(Platform platform) {
        if (platform.isDerby()) {
            return " WITH RS";
        }
        if (platform.isPostgreSQL()) {
            return " FOR SHARE";
        }
        throw new IllegalStateException("No shared row lock known for database platform " + platform.getClass().getName()
                + "; Samenspraak runs on Derby and PostgreSQL");
    }
}
