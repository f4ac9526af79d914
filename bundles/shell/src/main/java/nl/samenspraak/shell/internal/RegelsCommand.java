package nl.samenspraak.shell.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import nl.samenspraak.api.gemeente.Gemeente;

/**
 * {@code samenspraak:regels <code> [datum]}: the rules in force for a gemeente on a date, with bundle, version
 * and validity; then the platform's warnings about the installed rules (clashes, unknown gemeenten, bundles
 * offering no rules).
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
        Gemeente gemeente = gemeente(code);
        LocalDate peildatum = peildatum(datum);
        print(Overzicht.regels(gemeente, register, peildatum));
        Overzicht.geenRegels(gemeente, register, peildatum).ifPresent(session.getConsole()::println);
        List<String> waarschuwingen = register.waarschuwingen();
        if (!waarschuwingen.isEmpty()) {
            // about all installed rules, not only this gemeente's: a clash elsewhere is as much the provider's concern
            session.getConsole().println();
            session.getConsole().println("WAARSCHUWINGEN over de geïnstalleerde regels (" + waarschuwingen.size() + "):");
            waarschuwingen.forEach(w -> session.getConsole().println("- " + w));
        }
        return null;
    }
}
