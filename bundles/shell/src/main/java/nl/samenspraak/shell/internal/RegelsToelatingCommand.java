package nl.samenspraak.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import nl.samenspraak.api.regels.Regelstoelating;

/**
 * {@code samenspraak:regels-toelating}: every install, update and withdrawal of a gemeente rules bundle and every
 * admission and refusal of its rules, with the certificate that signed it and the gemeente it is for.
 */
@Service
@Command(scope = SamenspraakActie.SCOPE, name = "regels-toelating",
        description = "Toont elke installatie, update en intrekking van een regelbundel en elke toelating of weigering van "
                + "zijn regels, met het certificaat dat de bundel ondertekende en de gemeente")
public class RegelsToelatingCommand extends SamenspraakActie {

    @Reference
    Regelstoelating toelating;

    @Option(name = "--gemeente", description = "Alleen gebeurtenissen voor deze gemeente (CBS-code, of model)")
    String gemeente;

    @Override
    public Object execute() {
        print(Overzicht.toelating(toelating.gebeurtenissen(), gemeente));
        return null;
    }
}
