package nl.samenspraak.web.internal.inwoners;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.mail.Stembewijzen;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.TeVaakGeprobeerdException;
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
 * do; nothing is stored then. On the review the voter may give an e-mail address for a receipt (when the mail
 * bundle runs); the address is checked before the vote is cast and is never stored with it.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/wijkbudgetten/{ronde}/stemmen")
public class StemPagina implements Pagina {

    @Reference
    private RondeService rondes;

    @Reference
    private StemService stemmen;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Stembewijzen stembewijzen;

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
        Stembewijzen bewijzen = stembewijzen;
        if (!actie.equals("bevestig")) {
            return controleren(ronde, biljet, formulier, bewijzen, 200);
        }
        String bewijsAan = formulier.waarde("bewijsAan").strip();
        boolean bewijs = bewijzen != null && !bewijsAan.isEmpty();
        if (bewijs) {
            try {
                bewijzen.controleer(bewijsAan, "bewijsAan");
            } catch (OngeldigeInvoerException e) {
                formulier.fout("bewijsAan", "Vul een e-mailadres in zoals naam@voorbeeld.nl, of laat dit veld leeg");
                return controleren(ronde, biljet, formulier, bewijzen, 422);
            }
        }
        try {
            Stem stem = stemmen.stem(gemeente.code(), ronde.id(), formulier.waarde("stemcode"), biljet.getGekozen(),
                    biljet.getPunten(), verzoek.clientadres());
            if (bewijs) {
                bewijzen.stuur(gemeente.code(), ronde.id(), bewijsAan);
            }
            return Antwoord.naar("/gemeenten/" + gemeente.code() + "/wijkbudgetten/" + ronde.id() + "/bewijs?bewijs="
                    + URLEncoder.encode(stem.stemmer(), StandardCharsets.UTF_8) + "&nieuw=ja");
        } catch (TeVaakGeprobeerdException e) {
            return kiezen(verzoek, ronde, formulier.fout("stemcode", "Er is net te vaak een onjuiste stemcode ingevuld. "
                    + "Probeer het over " + TeVaakGeprobeerdException.seconden(e.wachttijd()) + " seconden opnieuw"), 429);
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

    private static Antwoord controleren(Ronde ronde, Stembiljet biljet, Formulier formulier, Stembewijzen bewijzen, int status) {
        return Inwoners.pagina("stem-controle.ftlh", "Controleer uw stem voor " + ronde.titel()).met("ronde", ronde)
                .met("biljet", biljet).met("formulier", formulier).met("bewijsPerMail", bewijzen != null).status(status);
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
