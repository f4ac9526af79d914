package nl.samenspraak.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.backup.DatabaseBackup;
import nl.samenspraak.api.tijd.Kalender;

/**
 * Embedded Derby's online backup ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}): a consistent copy of the database
 * directory, taken while transactions go on, holding everything committed before it began. A PostgreSQL server
 * is backed up with its own tools, which know its server-side state (docs/postgresql.md).
 */
@Component(service = DatabaseBackup.class)
public class OnlineBackup implements DatabaseBackup {

    private static final DateTimeFormatter STEMPEL = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(Kalender.NEDERLAND);

    @Reference(target = BijgewerkteDatabase.FILTER)
    private DataSource dataSource;

    @Reference
    private Kalender kalender;

    @Override
    public Path maak(Path map) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            String database = connection.getMetaData().getDatabaseProductName();
            if (!database.startsWith("Apache Derby")) {
                throw new UnsupportedOperationException(database + " maakt zijn back-ups zelf (PostgreSQL: pg_dump);"
                        + " zie docs/postgresql.md");
            }
            Path doel = map.toAbsolutePath().resolve("samenspraak-" + STEMPEL.format(kalender.nu()));
            if (Files.exists(doel)) {
                throw new IOException(doel + " bestaat al; er is net een back-up gemaakt");
            }
            Files.createDirectories(doel);
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, doel.toString());
                backup.execute();
            }
            return doel;
        } catch (SQLException e) {
            throw new IOException("De back-up naar " + map + " is mislukt: " + e.getMessage(), e);
        }
    }
}
