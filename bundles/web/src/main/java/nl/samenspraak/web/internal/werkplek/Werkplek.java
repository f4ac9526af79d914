package nl.samenspraak.web.internal.werkplek;

import java.time.LocalDate;
import java.time.ZoneId;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.web.internal.inwoners.Labels;
import nl.samenspraak.web.pagina.Antwoord;
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
}
