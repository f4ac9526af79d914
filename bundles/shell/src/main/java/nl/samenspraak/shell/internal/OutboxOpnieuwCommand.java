package nl.samenspraak.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import nl.samenspraak.api.mail.Outbox;

/** {@code samenspraak:outbox-opnieuw <id>}: tries a waiting, failing or lapsed message again now. */
@Service
@Command(scope = SamenspraakActie.SCOPE, name = "outbox-opnieuw",
        description = "Probeert een wachtend, falend of vervallen bericht uit de outbox meteen opnieuw")
public class OutboxOpnieuwCommand extends SamenspraakActie {

    @Reference
    Outbox outbox;

    @Argument(index = 0, name = "id", description = "Id van het bericht (zie samenspraak:outbox)", required = true)
    String id;

    @Override
    public Object execute() {
        if (outbox.find(id).isEmpty()) {
            throw new IllegalArgumentException("Geen bericht met id '" + id + "' in de outbox");
        }
        if (!outbox.opnieuw(id, kalender.nu())) {
            throw new IllegalArgumentException("Bericht " + id + " is al verzonden of wordt nu verzonden");
        }
        session.getConsole().println("Bericht " + id + " wordt opnieuw geprobeerd");
        return null;
    }
}
