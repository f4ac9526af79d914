package nl.samenspraak.api.monitor;

import java.util.List;
import java.util.Optional;

import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Participatierol;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;

/**
 * Who may see what participants answered: the gemeente's civil servants (and beheerders), and the project leader or
 * procesbegeleider of the subject. The API and the pages both decide with this class.
 */
public final class Monitorinzage {

    private Monitorinzage() {
    }

    public static boolean isMedewerker(Optional<Gebruiker> gebruiker, String gemeente) {
        return gebruiker.map(g -> g.heeft(Rol.AMBTENAAR, gemeente)).orElse(false);
    }

    public static boolean magOverzichtZien(Optional<Gebruiker> gebruiker, String gemeente, List<Deelname> deelnames) {
        return isMedewerker(gebruiker, gemeente) || gebruiker.map(g -> g.hoortBij(gemeente) && deelnames.stream()
                .anyMatch(d -> d.gebruiker().equals(g.naam()) && (d.rol() == Participatierol.PROJECTLEIDER
                        || d.rol() == Participatierol.PROCESBEGELEIDER))).orElse(false);
    }
}
