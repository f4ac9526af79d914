package nl.samenspraak.web.internal.inwoners;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.SubsidieaanvraagService.NieuweSubsidieaanvraag;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.web.pagina.Formulier;

/**
 * Reads the subsidy application form as a resident fills it in: dates as {@code 6-2-2027} (or {@code 2027-02-06}),
 * amounts as {@code 750} or {@code 1.250,50}. Every problem becomes an error on its field in plain Dutch.
 */
public final class Aanvraagformulier {

    static final String REGELING = "bewonersinitiatief";
    private static final DateTimeFormatter NL_DATUM = DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private Aanvraagformulier() {
    }

    static Optional<NieuweSubsidieaanvraag> lees(Formulier formulier, Gemeente gemeente, LocalDate vandaag) {
        String titel = formulier.waarde("titel");
        if (titel.isEmpty()) {
            formulier.fout("titel", "Geef uw plan een naam");
        } else if (titel.length() > 200) {
            formulier.fout("titel", "Maak de naam korter dan 200 tekens");
        }
        String omschrijving = formulier.waarde("omschrijving");
        if (omschrijving.isEmpty()) {
            formulier.fout("omschrijving", "Vertel wat u wilt doen");
        }
        Optional<LocalDate> activiteitOp = datum(formulier, "activiteitOp", "de datum van de activiteit");
        activiteitOp.filter(d -> d.isBefore(vandaag)).ifPresent(d -> formulier.fout("activiteitOp",
                "De datum van de activiteit ligt in het verleden. Vul een datum vanaf vandaag in"));
        Optional<Bedrag> gevraagd = bedrag(formulier, "gevraagd");
        Optional<Schaal> schaal = Optional.empty();
        try {
            schaal = Optional.of(Schaal.valueOf(formulier.waarde("schaal")));
        } catch (IllegalArgumentException e) {
            formulier.fout("schaal", "Kies voor wie uw plan is");
        }
        Optional<String> wijk = formulier.optioneel("wijk");
        if (wijk.isPresent() && gemeente.wijk(wijk.get()).isEmpty()) {
            formulier.fout("wijk", "Kies een wijk uit de lijst");
        }
        Optional<Integer> leeftijd = geheelGetal(formulier, "leeftijd", "uw leeftijd", 0, 130);
        List<Integer> ondersteuners = new ArrayList<>();
        for (String deel : formulier.waarde("ondersteuners").split("[,;\\s]+")) {
            if (deel.isEmpty()) {
                continue;
            }
            try {
                int jaar = Integer.parseInt(deel);
                if (jaar < 0 || jaar > 130) {
                    throw new NumberFormatException();
                }
                ondersteuners.add(jaar);
            } catch (NumberFormatException e) {
                formulier.fout("ondersteuners", "Vul de leeftijden in als getallen met komma's ertussen, bijvoorbeeld 34, 57");
                break;
            }
        }
        Set<Kenmerk> kenmerken = EnumSet.noneOf(Kenmerk.class);
        for (String kenmerk : formulier.waarden("kenmerken")) {
            try {
                kenmerken.add(Kenmerk.valueOf(kenmerk));
            } catch (IllegalArgumentException e) {
                formulier.fout("kenmerken", "Kies alleen uit de lijst");
            }
        }
        if (formulier.heeftFouten()) {
            return Optional.empty();
        }
        Subsidieaanvraag aanvraag = new Subsidieaanvraag(vandaag, activiteitOp.get(), gevraagd.get().centen(),
                schaal.get(), wijk, leeftijd.get(), ondersteuners, kenmerken);
        return Optional.of(new NieuweSubsidieaanvraag(REGELING, titel, omschrijving, aanvraag));
    }

    public static Optional<LocalDate> datum(Formulier formulier, String veld, String wat) {
        String tekst = formulier.waarde(veld);
        if (tekst.isEmpty()) {
            formulier.fout(veld, "Vul " + wat + " in");
            return Optional.empty();
        }
        try {
            return Optional.of(tekst.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(tekst)
                    : LocalDate.parse(tekst.replace('/', '-').replace('.', '-'), NL_DATUM));
        } catch (DateTimeParseException e) {
            formulier.fout(veld, "Vul " + wat + " in als dag-maand-jaar, bijvoorbeeld 6-2-2027");
            return Optional.empty();
        }
    }

    /** An amount in euros as residents write it: {@code 750}, {@code 750,50}, {@code 1.250,50}, {@code 20.000} or {@code € 750}. */
    public static Optional<Bedrag> bedrag(Formulier formulier, String veld) {
        String tekst = formulier.waarde(veld).replace("€", "").replace("\u00a0", "").replace(" ", "");
        if (tekst.isEmpty()) {
            formulier.fout(veld, "Vul het bedrag in");
            return Optional.empty();
        }
        // a comma is the decimal sign; without one, points between groups of three digits separate thousands (20.000)
        String genormaliseerd = tekst.contains(",") || tekst.matches("\\d{1,3}(\\.\\d{3})+")
                ? tekst.replace(".", "").replace(',', '.') : tekst;
        if (!genormaliseerd.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            formulier.fout(veld, "Vul het bedrag in euro's in, bijvoorbeeld 750 of 750,50");
            return Optional.empty();
        }
        Bedrag bedrag = Bedrag.parse(genormaliseerd);
        if (!bedrag.isPositief()) {
            formulier.fout(veld, "Het bedrag moet meer dan 0 euro zijn");
            return Optional.empty();
        }
        return Optional.of(bedrag);
    }

    public static Optional<Integer> geheelGetal(Formulier formulier, String veld, String wat, int min, int max) {
        String tekst = formulier.waarde(veld);
        try {
            int getal = Integer.parseInt(tekst);
            if (getal < min || getal > max) {
                throw new NumberFormatException();
            }
            return Optional.of(getal);
        } catch (NumberFormatException e) {
            formulier.fout(veld, tekst.isEmpty() ? "Vul " + wat + " in" : "Vul " + wat + " in als een getal");
            return Optional.empty();
        }
    }
}
