package nl.samenspraak.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.health.Health;
import nl.samenspraak.api.health.HealthCheck;

/**
 * Reports whether the samenspraak datasource hands out working connections. It is registered only once
 * the persistence unit is up, so a missing persistence unit shows as a missing check, not a healthy one.
 */
@Component(service = HealthCheck.class)
public class DatabaseHealthCheck implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Reference(target = "(osgi.jndi.service.name=samenspraak)")
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
                    ? Health.up(connection.getMetaData().getDatabaseProductName())
                    : Health.down("connection not valid");
        } catch (SQLException e) {
            return Health.down(e.getMessage());
        }
    }
}
