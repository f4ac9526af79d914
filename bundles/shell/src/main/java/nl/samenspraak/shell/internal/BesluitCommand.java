package nl.samenspraak.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import nl.samenspraak.api.initiatief.InitiatiefService;

/**
 * {@code samenspraak:besluit <code> <initiatief-id>}: explains the besluiten on an initiative: outcome, each
 * reason with its article, and the rules (title, bundle, version, peildatum) that made them.
 */
@Service
@Command(scope = SamenspraakActie.SCOPE, name = "besluit",
        description = "Legt de besluiten over een initiatief uit: uitkomst, redenen met artikelen, en de regels (titel, "
                + "bundel, versie, peildatum) die ze namen")
public class BesluitCommand extends SamenspraakActie {

    @Reference
    InitiatiefService initiatieven;

    @Argument(index = 0, name = "code", description = "CBS-gemeentecode, zoals GM0222", required = true)
    String code;

    @Argument(index = 1, name = "initiatief", description = "Id van het initiatief", required = true)
    String initiatief;

    @Override
    public Object execute() {
        gemeente(code);
        print(Overzicht.besluiten(initiatieven.besluiten(code, initiatief)));
        return null;
    }
}
