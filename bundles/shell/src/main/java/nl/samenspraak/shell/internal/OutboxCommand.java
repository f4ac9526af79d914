package nl.samenspraak.shell.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import nl.samenspraak.api.mail.Berichtstatus;
import nl.samenspraak.api.mail.Outbox;

/**
 * {@code samenspraak:outbox}: the mail outbox, newest first: what waits, what failed and why, what went out.
 */
@Service
@Command(scope = SamenspraakActie.SCOPE, name = "outbox",
        description = "Toont de mail-outbox, nieuwste eerst: wachtend, falend (met de laatste fout), verzonden, vervallen")
public class OutboxCommand extends SamenspraakActie {

    @Reference
    Outbox outbox;

    @Option(name = "--status", description = "Alleen berichten met deze status: wachtend, bezig, verzonden, vervallen, uitgesteld (voor een dagoverzicht), gebundeld (in een dagoverzicht)")
    String status;

    @Option(name = "--max", description = "Hoeveel berichten ten hoogste (standaard 50)")
    int max = 50;

    @Override
    public Object execute() {
        Optional<Berichtstatus> filter = Optional.ofNullable(status).map(s -> Arrays.stream(Berichtstatus.values())
                .filter(b -> b.naam().equals(s)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Onbekende status '" + s + "'; kies uit " + Arrays.stream(Berichtstatus.values())
                        .map(Berichtstatus::naam).collect(Collectors.joining(", ")))));
        session.getConsole().println(Outboxoverzicht.telling(outbox.telling()));
        print(Outboxoverzicht.berichten(outbox.lijst(filter, max)));
        return null;
    }
}
