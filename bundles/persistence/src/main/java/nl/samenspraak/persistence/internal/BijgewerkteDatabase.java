package nl.samenspraak.persistence.internal;

/**
 * The samenspraak datasource as the schema bundle (bundles/schema) offers it once the database is migrated: the
 * same filter as the persistence unit's {@code non-jta-data-source} in {@code persistence.xml}. Whatever uses the
 * database directly waits for it too, so nothing touches a database whose tables are not there yet.
 */
final class BijgewerkteDatabase {

    static final String FILTER = "(&(osgi.jndi.service.name=samenspraak)(samenspraak.schema=bijgewerkt))";

    private BijgewerkteDatabase() {
    }
}
