package nl.samenspraak.web.internal.werkplek;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.web.internal.inwoners.Labels;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/** What the civil servants' pages share: only a gemeente's own ambtenaren (or a beheerder) get in. */
final class Werkplek {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final Labels LABELS = new Labels();

    private Werkplek() {
    }

    static Antwoord pagina(String sjabloon, String titel) {
        return Antwoord.pagina(sjabloon, titel).met("label", LABELS);
    }

    /** The signed-in ambtenaar of this page's gemeente; anyone else gets 403, and nothing of the gemeente's work. */
    static Gebruiker ambtenaar(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Gebruiker gebruiker = verzoek.aangemeldeGebruiker();
        if (!gebruiker.heeft(Rol.AMBTENAAR, gemeente.code())) {
            throw PaginaFout.geenToegang("U bent aangemeld met een account dat niet bij de ambtenaren van "
                    + gemeente.getoondeNaam() + " hoort. De werkplek van een gemeente is alleen voor haar eigen ambtenaren.");
        }
        return gebruiker;
    }

    static LocalDate vandaag() {
        return LocalDate.now(NEDERLAND);
    }

    static String pad(Gemeente gemeente) {
        return "/gemeenten/" + gemeente.code() + "/werkplek";
    }

    /** The constant of {@code soort} the form chose in {@code veld}; marks the field with {@code fout} when none. */
    static <E extends Enum<E>> Optional<E> keuze(Formulier formulier, String veld,
            E[] soort, String fout) {
        Optional<E> gekozen = Arrays.stream(soort).filter(s -> s.name().equals(formulier.waarde(veld)))
                .findFirst();
        if (gekozen.isEmpty()) {
            formulier.fout(veld, fout);
        }
        return gekozen;
    }
}
