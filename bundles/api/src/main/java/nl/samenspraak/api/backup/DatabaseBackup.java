package nl.samenspraak.api.backup;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An online backup of the database in use, taken while residents go on voting and civil servants go on
 * working. The backup holds every transaction committed before it began (an acknowledged ballot, a booking).
 */
@ProviderType
public interface DatabaseBackup {

    /**
     * Backs the database up into a new directory below {@code map} and returns that directory.
     *
     * @throws UnsupportedOperationException when the database is one that is backed up with its own server's
     *         tools (PostgreSQL: {@code pg_dump}); the message says so
     * @throws IOException when the backup could not be written; nothing in the running database changes
     */
    Path maak(Path map) throws IOException;
}
