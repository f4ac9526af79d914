package nl.samenspraak.web.internal.werkplek;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.samenspraak.api.wijkbudget.StemService.Kiezer;

/**
 * The residents to send a voting code, from a CSV file as a BRP extract gives it: a header naming the columns
 * ({@code kenmerk}, {@code geboortedatum}, {@code wijk}, and for the letter {@code naam}, {@code adres},
 * {@code postcode}, {@code woonplaats}), separated by semicolons or commas, values optionally in double quotes.
 * Name and address only go on the letter; the platform stores neither.
 */
public final class Kiezerslijst {

    static final int MAXIMUM = 100_000;
    private static final DateTimeFormatter NL_DATUM = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final List<String> VERPLICHT = List.of("kenmerk", "geboortedatum", "wijk");

    /** One resident: what the platform needs to issue a code, and what the letter needs to reach them. */
    public record Bewoner(int regel, Kiezer kiezer, String naam, String adres, String postcode, String woonplaats) {
    }

    /** The residents read, or what is wrong with the file (each with its line number); never both. */
    record Uitkomst(List<Bewoner> bewoners, List<String> fouten) {
    }

    private Kiezerslijst() {
    }

    static Uitkomst lees(String inhoud) {
        String[] regels = inhoud.split("\\R");
        int kop = 0;
        while (kop < regels.length && regels[kop].isBlank()) {
            kop++;
        }
        if (kop == regels.length) {
            return fout("Het bestand is leeg");
        }
        char scheiding = regels[kop].indexOf(';') >= 0 ? ';' : ',';
        Map<String, Integer> kolommen = new HashMap<>();
        List<String> namen = cellen(regels[kop], scheiding);
        for (int i = 0; i < namen.size(); i++) {
            kolommen.putIfAbsent(namen.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> ontbreekt = VERPLICHT.stream().filter(k -> !kolommen.containsKey(k)).toList();
        if (!ontbreekt.isEmpty()) {
            return fout("Regel " + (kop + 1) + ": de eerste regel noemt de kolommen; " + String.join(", ", ontbreekt)
                    + (ontbreekt.size() == 1 ? " ontbreekt" : " ontbreken"));
        }
        List<Bewoner> bewoners = new ArrayList<>();
        List<String> fouten = new ArrayList<>();
        for (int r = kop + 1; r < regels.length; r++) {
            if (regels[r].isBlank()) {
                continue;
            }
            if (bewoners.size() == MAXIMUM) {
                return fout("Meer dan " + MAXIMUM + " bewoners in één bestand; verdeel de lijst over meer bestanden");
            }
            int nummer = r + 1;
            List<String> rij = cellen(regels[r], scheiding);
            String kenmerk = cel(rij, kolommen, "kenmerk");
            String geboren = cel(rij, kolommen, "geboortedatum");
            if (kenmerk.isEmpty()) {
                fouten.add("Regel " + nummer + ": het kenmerk ontbreekt");
                continue;
            }
            Optional<LocalDate> geboortedatum = datum(geboren);
            if (geboortedatum.isEmpty()) {
                fouten.add("Regel " + nummer + ": '" + geboren + "' is geen geboortedatum (schrijf 1980-03-31 of 31-3-1980)");
                continue;
            }
            String wijk = cel(rij, kolommen, "wijk");
            bewoners.add(new Bewoner(nummer, new Kiezer(kenmerk, geboortedatum.get(), wijk.isEmpty() ? null : wijk),
                    cel(rij, kolommen, "naam"), cel(rij, kolommen, "adres"), cel(rij, kolommen, "postcode"),
                    cel(rij, kolommen, "woonplaats")));
        }
        if (!fouten.isEmpty()) {
            return new Uitkomst(List.of(), List.copyOf(fouten));
        }
        if (bewoners.isEmpty()) {
            return fout("Er staat geen enkele bewoner onder de kolomnamen");
        }
        return new Uitkomst(List.copyOf(bewoners), List.of());
    }

    private static Uitkomst fout(String fout) {
        return new Uitkomst(List.of(), List.of(fout));
    }

    private static String cel(List<String> rij, Map<String, Integer> kolommen, String naam) {
        Integer i = kolommen.get(naam);
        return i == null || i >= rij.size() ? "" : rij.get(i).strip();
    }

    private static Optional<LocalDate> datum(String tekst) {
        try {
            return Optional.of(tekst.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(tekst)
                    : LocalDate.parse(tekst.replace('/', '-').replace('.', '-'), NL_DATUM));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The cells of one line; a cell in double quotes may hold the separator, and {@code ""} stands for one quote. */
    static List<String> cellen(String regel, char scheiding) {
        List<String> cellen = new ArrayList<>();
        StringBuilder cel = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        for (int i = 0; i < regel.length(); i++) {
            char c = regel.charAt(i);
            if (tussenAanhalingstekens) {
                if (c == '"' && i + 1 < regel.length() && regel.charAt(i + 1) == '"') {
                    cel.append('"');
                    i++;
                } else if (c == '"') {
                    tussenAanhalingstekens = false;
                } else {
                    cel.append(c);
                }
            } else if (c == '"') {
                tussenAanhalingstekens = true;
            } else if (c == scheiding) {
                cellen.add(cel.toString());
                cel.setLength(0);
            } else {
                cel.append(c);
            }
        }
        cellen.add(cel.toString());
        return cellen;
    }
}
