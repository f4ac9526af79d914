package nl.samenspraak.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.health.Health;
import nl.samenspraak.api.health.HealthCheck;

/**
 * Reports whether the samenspraak datasource hands out working connections, and names the database in use
 * (product, version, and the JDBC URL without its parameters). It is registered only once the schema is
 * migrated and the persistence unit is up, so a missing persistence unit shows as a missing check, not a
 * healthy one.
 */
@Component(service = HealthCheck.class)
public class DatabaseHealthCheck implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Reference(target = BijgewerkteDatabase.FILTER)
    private DataSource dataSource;

    @Reference(target = "(osgi.unit.name=samenspraak)")
    private JpaTemplate persistenceUnit;

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Health check() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS)
                    ? Health.up(beschrijving(connection.getMetaData()))
                    : Health.down("connection not valid");
        } catch (SQLException e) {
            return Health.down(e.getMessage());
        }
    }

    /** E.g. "PostgreSQL 15.14 at jdbc:postgresql://db:5432/samenspraak"; parameters (a password) are left out. */
    static String beschrijving(DatabaseMetaData meta) throws SQLException {
        String url = meta.getURL() == null ? "?" : meta.getURL().replaceAll("[;?].*$", "");
        return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + url;
    }
}
