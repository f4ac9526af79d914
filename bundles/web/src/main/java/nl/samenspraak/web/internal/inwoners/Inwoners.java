package nl.samenspraak.web.internal.inwoners;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Inzage;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/** What the residents' pages share: their labels, today in Dutch time, who may submit, and whose application it is. */
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

    /**
     * The application or request at {@code {id}} of this page's gemeente, when the signed-in user made it; to
     * anyone else it does not exist (404), so an id of another resident or gemeente reveals nothing.
     */
    static Initiatief eigenAanvraag(InitiatiefService initiatieven, Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Gebruiker gebruiker = verzoek.aangemeldeGebruiker();
        Initiatief initiatief = initiatieven.get(gemeente.code(), verzoek.pad("id"));
        if (!Inzage.isInitiatiefnemer(gebruiker, initiatief)) {
            throw new InitiatiefNietGevondenException(gemeente.code(), initiatief.id());
        }
        return initiatief;
    }

    static Optional<String> tekst(String waarde) {
        return waarde == null || waarde.isBlank() ? Optional.empty() : Optional.of(waarde.trim());
    }
}
