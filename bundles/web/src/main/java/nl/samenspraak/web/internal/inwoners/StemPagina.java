package nl.samenspraak.web.internal.inwoners;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.wijkbudget.StemService;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.Stem;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException;
import nl.samenspraak.api.wijkbudget.RondeService;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/wijkbudgetten/{ronde}/stemmen}: voting with the personal voting code, no account.
 * Choose plans (the budget bar "EUR x of y chosen, EUR z left" is recalculated by the server with the button
 * "Bereken opnieuw", so it works without JavaScript), review, confirm, receipt. A wrong code (403), a code
 * already used (409) or a ballot over the limits (422) brings the form back with the choice kept and what to
 * do; nothing is stored then.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/wijkbudgetten/{ronde}/stemmen")
public class StemPagina implements Pagina {

    @Reference
    private RondeService rondes;

    @Reference
    private StemService stemmen;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Ronde ronde = openRonde(verzoek);
        return kiezen(verzoek, ronde, Formulier.leeg(), 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Ronde ronde = openRonde(verzoek);
        Formulier formulier = verzoek.formulier();
        String actie = formulier.waarde("actie");
        if (actie.equals("bereken") || actie.equals("wijzig")) {
            return kiezen(verzoek, ronde, formulier, 200);
        }
        Stembiljet biljet = new Stembiljet(ronde, rondes.plannen(gemeente.code(), ronde.id()), formulier);
        biljet.controleer(formulier);
        if (formulier.heeftFouten()) {
            return kiezen(verzoek, ronde, formulier, 422);
        }
        if (!actie.equals("bevestig")) {
            return Inwoners.pagina("stem-controle.ftlh", "Controleer uw stem voor " + ronde.titel()).met("ronde", ronde)
                    .met("biljet", biljet).met("formulier", formulier);
        }
        try {
            Stem stem = stemmen.stem(gemeente.code(), ronde.id(), formulier.waarde("stemcode"), biljet.getGekozen(),
                    biljet.getPunten());
            return Antwoord.naar("/gemeenten/" + gemeente.code() + "/wijkbudgetten/" + ronde.id() + "/bewijs?bewijs="
                    + URLEncoder.encode(stem.stemmer(), StandardCharsets.UTF_8) + "&nieuw=ja");
        } catch (StemGeweigerdException e) {
            return switch (e.waarom()) {
                case ONBEKENDE_STEMCODE -> kiezen(verzoek, ronde, formulier.fout("stemcode",
                        "Deze stemcode kennen we niet. Controleer de code op uw brief: hoofdletters en cijfers tellen mee"), 403);
                case AL_GESTEMD -> kiezen(verzoek, ronde, formulier.fout("stemcode", "Met deze stemcode is al gestemd. "
                        + "Een stem is definitief en kan niet worden veranderd. Met uw bewijs kunt u controleren dat uw stem "
                        + "is meegeteld"), 409);
                case BUITEN_DE_STEMPERIODE -> throw gesloten(ronde);
                case ONGELDIG_STEMBILJET -> kiezen(verzoek, ronde, formulier.fout("stemcode",
                        "Uw keuze past niet binnen de regels van deze stemming: " + e.getMessage()), 422);
            };
        }
    }

    private Antwoord kiezen(Verzoek verzoek, Ronde ronde, Formulier formulier, int status) {
        Stembiljet biljet = new Stembiljet(ronde, rondes.plannen(ronde.gemeente(), ronde.id()), formulier);
        return Inwoners.pagina("stemmen.ftlh", "Stemmen: " + ronde.titel()).met("ronde", ronde).met("biljet", biljet)
                .met("formulier", formulier).status(status);
    }

    private Ronde openRonde(Verzoek verzoek) {
        Ronde ronde = rondes.get(verzoek.gemeenteVereist().code(), verzoek.pad("ronde"));
        if (ronde.fase() != Fase.STEMMEN) {
            throw gesloten(ronde);
        }
        return ronde;
    }

    private static PaginaFout gesloten(Ronde ronde) {
        return new PaginaFout(409, "Stemmen kan nu niet", "Voor " + ronde.titel() + " is de stemming "
                + (ronde.fase().compareTo(Fase.STEMMEN) < 0 ? "nog niet begonnen." : "al gesloten.")
                + " Er is niets opgeslagen.", "Kijk op de pagina van het wijkbudget wanneer u kunt stemmen, of bekijk de uitslag.");
    }
}
