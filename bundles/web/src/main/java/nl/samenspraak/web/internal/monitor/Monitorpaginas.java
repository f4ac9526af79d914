package nl.samenspraak.web.internal.monitor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.monitor.Monitorinzage;
import nl.samenspraak.api.monitor.Oordeel;
import nl.samenspraak.api.monitor.Stelling;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/** What the monitor's pages share: their helpers in the templates, who may see the figures, reading the statements. */
final class Monitorpaginas {

    private static final Getallen GETALLEN = new Getallen();

    private Monitorpaginas() {
    }

    static Antwoord pagina(String sjabloon, String titel) {
        return Antwoord.pagina("monitor/" + sjabloon, titel).met("getallen", GETALLEN).met("stellingen", List.of(Stelling.values()))
                .met("oordelen", List.of(Oordeel.values()));
    }

    /** A civil servant of this gemeente (or a beheerder); 403 otherwise. */
    static Gebruiker medewerker(Verzoek verzoek) {
        Gebruiker gebruiker = verzoek.aangemeldeGebruiker();
        Gemeente gemeente = verzoek.gemeenteVereist();
        if (!Monitorinzage.isMedewerker(Optional.of(gebruiker), gemeente.code())) {
            throw PaginaFout.geenToegang("De Participatiemonitor is voor medewerkers van " + gemeente.getoondeNaam() + ".");
        }
        return gebruiker;
    }

    /** A civil servant, or the project leader or procesbegeleider of the subject; 403 otherwise. */
    static Gebruiker magOverzichtZien(Verzoek verzoek, InitiatiefService initiatieven, String onderwerp) {
        Gebruiker gebruiker = verzoek.aangemeldeGebruiker();
        Gemeente gemeente = verzoek.gemeenteVereist();
        List<Deelname> deelnames;
        try {
            deelnames = initiatieven.deelnames(gemeente.code(), onderwerp);
        } catch (InitiatiefNietGevondenException e) {
            deelnames = List.of();
        }
        if (!Monitorinzage.magOverzichtZien(Optional.of(gebruiker), gemeente.code(), deelnames)) {
            throw PaginaFout.geenToegang("Wat deelnemers antwoordden, zien de medewerkers van " + gemeente.getoondeNaam()
                    + " en de projectleider.");
        }
        return gebruiker;
    }

    /** The initiative the monitor's subject is, or empty when the subject is a wijkbudget round. */
    static Optional<Initiatief> initiatief(InitiatiefService initiatieven, String gemeente, String onderwerp) {
        try {
            return Optional.of(initiatieven.get(gemeente, onderwerp));
        } catch (InitiatiefNietGevondenException e) {
            return Optional.empty();
        }
    }

    /** The answers to the statements as chosen in the form (field {@code stelling-<key>}); a missing one is left out. */
    static Map<Stelling, Oordeel> oordelen(Formulier formulier) {
        Map<Stelling, Oordeel> oordelen = new EnumMap<>(Stelling.class);
        for (Stelling s : Stelling.values()) {
            String waarde = formulier.waarde(veld(s));
            for (Oordeel o : Oordeel.values()) {
                if (o.sleutel().equals(waarde)) {
                    oordelen.put(s, o);
                }
            }
        }
        return oordelen;
    }

    static String veld(Stelling stelling) {
        return "stelling-" + stelling.sleutel();
    }

    /** The form field of a service's field name ({@code stellingen.kader} is the radio group {@code stelling-kader}). */
    static String formulierveld(String veld) {
        return veld.startsWith("stellingen.") ? "stelling-" + veld.substring("stellingen.".length()) : veld;
    }

    /** A whole number typed in a field, if it is one. */
    static Integer getal(Formulier formulier, String veld) {
        try {
            return Integer.valueOf(formulier.waarde(veld));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E keuze(Formulier formulier, String veld, Class<E> soort) {
        for (E e : soort.getEnumConstants()) {
            if (e.name().toLowerCase(java.util.Locale.ROOT).equals(formulier.waarde(veld))) {
                return e;
            }
        }
        return null;
    }
}
