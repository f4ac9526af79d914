package nl.samenspraak.shell.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Toewijzingsproces;
import nl.samenspraak.rules.Verordening;

/**
 * The tables the commands print, as plain rows: tested without a shell. Reads only what the rules told when
 * they registered (title, validity, key), so a command never calls into a gemeente's bundle.
 */
final class Overzicht {

    record Tabel(List<String> koppen, List<List<String>> rijen) {
    }

    private Overzicht() {
    }

    static Tabel gemeenten(GemeenteRegistry gemeenten, RegelsRegister register, LocalDate datum) {
        List<List<String>> rijen = new ArrayList<>();
        for (Gemeente gemeente : gemeenten.list()) {
            String regelsVan = gemeente.regels().equals(gemeente.code()) ? "eigen" : gemeente.regels();
            List<GeldendeRegels<Regels>> geldend = geldend(register, gemeente.code(), datum);
            if (geldend.isEmpty()) {
                rijen.add(List.of(gemeente.code(), gemeente.naam(), regelsVan, "-", "-", "-",
                        "geen regels: besluiten krijgen 503"));
            }
            for (GeldendeRegels<Regels> regels : geldend) {
                rijen.add(List.of(gemeente.code(), gemeente.naam(), regelsVan, regels.bundel(), regels.bundelversie(),
                        soort(regels.regels()), regels.info().titel()));
            }
        }
        return new Tabel(List.of("Gemeente", "Naam", "Regels", "Bundel", "Versie", "Soort", "Titel (geldt " + datum + ")"),
                rijen);
    }

    static Tabel regels(Gemeente gemeente, RegelsRegister register, LocalDate datum) {
        List<List<String>> rijen = geldend(register, gemeente.code(), datum).stream()
                .map(r -> List.of(soort(r.regels()), sleutel(r.regels()), r.info().titel(),
                        r.info().geldigVanaf().toString(), r.info().geldigTot().map(Object::toString).orElse("-"),
                        r.bundel(), r.bundelversie(), r.info().vindplaats()))
                .toList();
        return new Tabel(List.of("Soort", "Sleutel", "Titel", "Geldig vanaf", "Geldig tot", "Bundel", "Versie",
                "Vindplaats"), rijen);
    }

    /**
     * Why {@link #regels} is empty, and what to do, when it is: an empty table alone does not tell a missing
     * bundle from a date before every version.
     */
    static Optional<String> geenRegels(Gemeente gemeente, RegelsRegister register, LocalDate datum) {
        if (!geldend(register, gemeente.code(), datum).isEmpty()) {
            return Optional.empty();
        }
        List<GeldendeRegels<Regels>> alle = register.alle(gemeente.code());
        if (alle.isEmpty()) {
            String bron = gemeente.regels().equals(gemeente.code())
                    ? "er is geen regelsbundel met gemeente=" + gemeente.code() + " actief. Installeer de bundel van de "
                            + "gemeente (feature of deploy/, zie docs/hosting.md) of kies de modelregels met regels = model in "
                            + "haar etc/nl.samenspraak.gemeente-*.cfg"
                    : "de regels '" + gemeente.regels() + "' die zij volgt zijn niet actief (feature:install samenspraak-gemeente-"
                            + gemeente.regels() + ", of kijk met bundle:list waarom niet)";
            return Optional.of("Geen regels voor " + gemeente.code() + " (" + gemeente.naam() + "): " + bron
                    + ". Tot dan krijgen haar besluiten 503.");
        }
        LocalDate vroegste = alle.stream().map(r -> r.info().geldigVanaf()).min(LocalDate::compareTo).orElseThrow();
        return Optional.of("Geen van de " + alle.size() + " geïnstalleerde regels van " + gemeente.code() + " geldt op " + datum
                + (datum.isBefore(vroegste) ? "; de vroegste geldt vanaf " + vroegste : "") + ". Geef een andere peildatum: "
                + "samenspraak:regels " + gemeente.code() + " JJJJ-MM-DD.");
    }

    private static List<GeldendeRegels<Regels>> geldend(RegelsRegister register, String code, LocalDate datum) {
        return register.alle(code).stream().filter(r -> r.info().geldigOp(datum)).toList();
    }

    static String soort(Regels regels) {
        return Stream.of(Verordening.class, Subsidieregeling.class, Toewijzingsproces.class)
                .filter(t -> t.isInstance(regels)).findFirst().map(t -> t.getSimpleName().toLowerCase()).orElse("?");
    }

    private static String sleutel(Regels regels) {
        return regels instanceof Subsidieregeling s ? s.regeling()
                : regels instanceof Toewijzingsproces p ? p.proces() : "-";
    }

    /** One row per reason of each besluit, oldest besluit first, with the rules that made it. */
    static Tabel besluiten(List<Besluit> besluiten) {
        List<List<String>> rijen = new ArrayList<>();
        for (Besluit b : besluiten) {
            String regels = b.regels().titel() + " (" + b.regels().bundel() + " " + b.regels().bundelversie() + ")";
            String kop = b.soort().name().toLowerCase() + ": " + b.uitkomst().name().toLowerCase()
                    + b.bedrag().map(bedrag -> " " + bedrag).orElse("");
            for (int i = 0; i < b.redenen().size(); i++) {
                Reden reden = b.redenen().get(i);
                rijen.add(i == 0 ? List.of(b.genomenOp().toString(), kop, b.peildatum().toString(), regels, reden.artikel(),
                        reden.toelichting()) : List.of("", "", "", "", reden.artikel(), reden.toelichting()));
            }
        }
        return new Tabel(List.of("Genomen op", "Besluit", "Peildatum", "Regels", "Artikel", "Reden"), rijen);
    }

    /** One row per admission event, oldest first; only those for {@code gemeente} when it is given. */
    static Tabel toelating(List<nl.samenspraak.api.regels.Toelatingsgebeurtenis> gebeurtenissen, String gemeente) {
        List<List<String>> rijen = new ArrayList<>();
        for (nl.samenspraak.api.regels.Toelatingsgebeurtenis g : gebeurtenissen) {
            if (gemeente == null || gemeente.equals(g.gemeente())) {
                rijen.add(List.of(g.tijd().toString(), g.soort().naam(), g.gemeente(), g.bundel(), g.certificaat(),
                        g.toelichting()));
            }
        }
        return new Tabel(List.of("Tijd", "Gebeurtenis", "Gemeente", "Bundel", "Certificaat (SHA-256)", "Toelichting"), rijen);
    }
}
