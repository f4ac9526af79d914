package nl.samenspraak.web.internal.inwoners;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.PaginaFout;

/** What the residents' pages share: their labels, today in Dutch time, and who may submit. */
final class Inwoners {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final Labels LABELS = new Labels();

    private Inwoners() {
    }

    static Antwoord pagina(String sjabloon, String titel) {
        return Antwoord.pagina(sjabloon, titel).met("label", LABELS);
    }

    static LocalDate vandaag() {
        return LocalDate.now(NEDERLAND);
    }

    /** A resident, business or organisation of this gemeente (a beheerder acts for all); 403 otherwise. */
    static Gebruiker indiener(Gebruiker gebruiker, Gemeente gemeente) {
        if (Rol.INDIENERS.stream().noneMatch(rol -> gebruiker.heeft(rol, gemeente.code()))) {
            throw PaginaFout.geenToegang("U bent ingelogd met een account dat niet bij " + gemeente.getoondeNaam()
                    + " hoort. Alleen inwoners, ondernemers en organisaties van " + gemeente.getoondeNaam()
                    + " kunnen dit hier doen.");
        }
        return gebruiker;
    }

    static Optional<String> tekst(String waarde) {
        return waarde == null || waarde.isBlank() ? Optional.empty() : Optional.of(waarde.trim());
    }
}
