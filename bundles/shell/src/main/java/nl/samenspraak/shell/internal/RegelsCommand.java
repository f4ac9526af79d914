package nl.samenspraak.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code samenspraak:regels <code> [datum]}: the rules in force for a gemeente on a date, with bundle, version
 * and validity.
 */
@Service
@Command(scope = SamenspraakActie.SCOPE, name = "regels",
        description = "Toont de regels die op een datum (standaard vandaag) voor een gemeente gelden, met bundel, "
                + "versie en geldigheid")
public class RegelsCommand extends SamenspraakActie {

    @Argument(index = 0, name = "code", description = "CBS-gemeentecode, zoals GM0518", required = true)
    String code;

    @Argument(index = 1, name = "datum", description = "Peildatum JJJJ-MM-DD, standaard vandaag")
    String datum;

    @Override
    public Object execute() {
        print(Overzicht.regels(gemeente(code), register, peildatum(datum)));
        return null;
    }
}
