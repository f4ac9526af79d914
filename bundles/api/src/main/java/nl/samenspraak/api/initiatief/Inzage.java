package nl.samenspraak.api.initiatief;

import java.util.List;
import java.util.Optional;

import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;

/**
 * Who may see which initiative. Participatietrajecten and inspraak are public processes of the gemeente:
 * anyone reads them. Subsidy applications and uitdaagverzoeken are personal: the gemeente's civil servants
 * and beheerders see them, and of the others only those who take part in them. To anyone else such an
 * initiative does not exist (404), so ids reveal nothing. The API and the pages both decide with this class.
 */
public final class Inzage {

    private Inzage() {
    }

    public static boolean isOpenbaar(Initiatiefsoort soort) {
        return soort == Initiatiefsoort.PARTICIPATIETRAJECT || soort == Initiatiefsoort.INSPRAAK;
    }

    public static boolean isAmbtenaar(Optional<Gebruiker> gebruiker, String gemeente) {
        return gebruiker.map(g -> g.heeft(Rol.AMBTENAAR, gemeente)).orElse(false);
    }

    public static boolean magZien(Optional<Gebruiker> gebruiker, Initiatief initiatief, List<Deelname> deelnames) {
        return isOpenbaar(initiatief.soort()) || isAmbtenaar(gebruiker, initiatief.gemeente())
                || gebruiker.map(g -> neemtDeel(g, initiatief, deelnames)).orElse(false);
    }

    public static boolean neemtDeel(Gebruiker gebruiker, Initiatief initiatief, List<Deelname> deelnames) {
        return isInitiatiefnemer(gebruiker, initiatief) || gebruiker.hoortBij(initiatief.gemeente())
                && deelnames.stream().anyMatch(d -> d.gebruiker().equals(gebruiker.naam()));
    }

    /** The user who applied or challenged, signed in with a role in its gemeente. */
    public static boolean isInitiatiefnemer(Gebruiker gebruiker, Initiatief initiatief) {
        return gebruiker.hoortBij(initiatief.gemeente()) && initiatief.initiatiefnemer().equals(gebruiker.naam());
    }

    /** 404 unless this user may see it. */
    public static Initiatief zichtbaar(Optional<Gebruiker> gebruiker, Initiatief initiatief, List<Deelname> deelnames) {
        if (!magZien(gebruiker, initiatief, deelnames)) {
            throw new InitiatiefNietGevondenException(initiatief.gemeente(), initiatief.id());
        }
        return initiatief;
    }
}
