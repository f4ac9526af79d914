package nl.samenspraak.web.internal.platform;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.security.AanmeldenMisluktException;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Wachtwoordcontrole;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /inloggen}: user name and password against the platform's realm (the same check as the API's Basic
 * login). Another sign-in method, such as DigiD through an OIDC broker, replaces this page by registering a
 * {@link Pagina} at {@code /inloggen} with a higher {@code service.ranking}.
 */
@Component(property = Pagina.PAD + "=/inloggen")
public class InloggenPagina implements Pagina {

    @Reference
    private Wachtwoordcontrole wachtwoordcontrole;

    @Override
    public Antwoord get(Verzoek verzoek) {
        return formulier(verzoek, Formulier.leeg(), 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Formulier formulier = verzoek.formulier();
        String naam = formulier.waarde("gebruikersnaam");
        String wachtwoord = verzoek.formulier().waarde("wachtwoord");
        if (naam.isEmpty()) {
            formulier.fout("gebruikersnaam", "Vul uw gebruikersnaam in");
        }
        if (wachtwoord.isEmpty()) {
            formulier.fout("wachtwoord", "Vul uw wachtwoord in");
        }
        if (formulier.heeftFouten()) {
            return formulier(verzoek, zonderWachtwoord(formulier), 422);
        }
        try {
            Gebruiker gebruiker = wachtwoordcontrole.controleer(naam, wachtwoord.toCharArray());
            verzoek.meldAan(gebruiker);
            return Antwoord.naar(terug(verzoek));
        } catch (AanmeldenMisluktException e) {
            Formulier opnieuw = zonderWachtwoord(formulier);
            opnieuw.fout("gebruikersnaam", "De gebruikersnaam of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw");
            return formulier(verzoek, opnieuw, 401);
        }
    }

    private Antwoord formulier(Verzoek verzoek, Formulier formulier, int status) {
        return Antwoord.pagina("inloggen.ftlh", "Inloggen").met("formulier", formulier).met("terug", terug(verzoek))
                .met("verlopen", verzoek.parameter("verlopen").isPresent()).status(status);
    }

    /** The password is never sent back to the browser. */
    private static Formulier zonderWachtwoord(Formulier formulier) {
        Formulier kopie = new Formulier(java.util.Map.of("gebruikersnaam",
                java.util.List.of(formulier.waarde("gebruikersnaam"))));
        formulier.fouten().forEach(f -> kopie.fout(f.veld(), f.boodschap()));
        return kopie;
    }

    /** Back to where the resident came from, only ever a path on this server. */
    static String terug(Verzoek verzoek) {
        Optional<String> terug = verzoek.parameter("terug");
        return terug.filter(t -> t.startsWith("/") && !t.startsWith("//") && !t.startsWith("/\\")
                && !t.startsWith("/inloggen")).orElse("/");
    }
}
