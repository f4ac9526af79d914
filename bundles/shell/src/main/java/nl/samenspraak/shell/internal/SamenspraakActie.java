package nl.samenspraak.shell.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.rules.RegelsRegister;

/**
 * What every {@code samenspraak:*} command shares: the services it reads, finding a gemeente, reading a date
 * and printing a table to the session. A new command extends this, adds {@code @Command} and {@code @Service},
 * puts its rows in {@link Overzicht} (where they are unit-tested) and an ACL line in
 * {@code etc/org.apache.karaf.command.acl.samenspraak.cfg}.
 */
abstract class SamenspraakActie implements Action {

    static final String SCOPE = "samenspraak";

    @Reference
    GemeenteRegistry gemeenten;

    @Reference
    RegelsRegister register;

    @Reference
    Kalender kalender;

    @Reference
    Session session;

    Gemeente gemeente(String code) {
        return gemeenten.find(code).orElseThrow(
                () -> new IllegalArgumentException("Het platform bedient geen gemeente met code '" + code + "'"));
    }

    /** The day given, or else today in the Netherlands. */
    LocalDate peildatum(String tekst) {
        return tekst == null ? kalender.vandaag() : datum(tekst);
    }

    static LocalDate datum(String tekst) {
        try {
            return LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Geen datum als JJJJ-MM-DD: '" + tekst + "'");
        }
    }

    void print(Overzicht.Tabel tabel) {
        ShellTable shellTable = new ShellTable();
        tabel.koppen().forEach(shellTable::column);
        tabel.rijen().forEach(rij -> shellTable.addRow().addContent(List.<Object>copyOf(rij)));
        shellTable.print(session.getConsole());
    }
}
