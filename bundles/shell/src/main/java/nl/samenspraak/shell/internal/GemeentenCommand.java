package nl.samenspraak.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code samenspraak:gemeenten}: every configured gemeente with the rules bundles that decide for it today.
 */
@Service
@Command(scope = SamenspraakActie.SCOPE, name = "gemeenten",
        description = "Toont elke geconfigureerde gemeente met de regelbundels en regels die vandaag gelden")
public class GemeentenCommand extends SamenspraakActie {

    @Override
    public Object execute() {
        print(Overzicht.gemeenten(gemeenten, register, kalender.vandaag()));
        return null;
    }
}
