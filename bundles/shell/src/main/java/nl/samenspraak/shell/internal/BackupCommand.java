package nl.samenspraak.shell.internal;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import nl.samenspraak.api.backup.DatabaseBackup;

/**
 * {@code samenspraak:backup [map]}: an online backup of the embedded database while the platform runs (by
 * default below {@code data/backup}); prints the directory it wrote. Restoring is described in docs/hosting.md.
 */
@Service
@Command(scope = SamenspraakActie.SCOPE, name = "backup",
        description = "Maakt een back-up van de ingebouwde database terwijl het platform doorwerkt")
public class BackupCommand implements Action {

    @Argument(name = "map", description = "De map waarin de back-up komt (standaard data/backup)")
    String map;

    @Reference
    DatabaseBackup backup;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        Path doel = map != null ? Path.of(map) : Path.of(System.getProperty("karaf.data", "data"), "backup");
        // printed rather than returned: bin/client in batch mode shows only what a command prints
        session.getConsole().println("Back-up gemaakt in " + backup.maak(doel));
        return null;
    }
}
