package nl.samenspraak.web.internal.inwoners;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.InspraakService;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.InspraakService.NieuweZienswijze;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Inspraakgegevens;
import nl.samenspraak.api.initiatief.VerzoekGeweigerdException;
import nl.samenspraak.api.initiatief.Zienswijze;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/initiatieven/{id}/zienswijze}: a zienswijze on a draft ter inzage (signed in),
 * also from a belanghebbende who does not live in the gemeente where the ordinance allows it. The ordinance in
 * force decides who may respond and until when; a refusal names its article and nothing is stored. As in the API,
 * any signed-in account may respond; only an account of this gemeente can say it lives here.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/initiatieven/{id}/zienswijze")
public class ZienswijzePagina implements Pagina {

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private InspraakService inspraakdienst;

    @Override
    public Antwoord get(Verzoek verzoek) {
        verzoek.aangemeldeGebruiker();
        Initiatief inspraak = inspraak(verzoek);
        if (verzoek.parameter("ontvangen").isPresent()) {
            return Inwoners.pagina("zienswijze-ontvangen.ftlh", "Zienswijze ontvangen: " + inspraak.titel())
                    .met("inspraak", inspraak);
        }
        return formulier(inspraak, Formulier.leeg(), 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Gebruiker gebruiker = verzoek.aangemeldeGebruiker();
        Initiatief inspraak = inspraak(verzoek);
        Formulier formulier = verzoek.formulier();
        formulier.verplicht("inhoud", "Schrijf uw zienswijze: wat vindt u van het plan, en waarom?");
        String woont = formulier.waarde("ingezetene");
        if (!woont.equals("ja") && !woont.equals("nee")) {
            formulier.fout("ingezetene", "Kies of u in " + gemeente.getoondeNaam() + " woont");
        } else if (woont.equals("ja") && !gebruiker.hoortBij(gemeente.code())) {
            formulier.fout("ingezetene", "Uw account hoort niet bij " + gemeente.getoondeNaam() + ". Kies 'Nee'; als u belang "
                    + "hebt bij dit plan, kunt u dat hieronder aangeven.");
        }
        Optional<Integer> leeftijd = Aanvraagformulier.geheelGetal(formulier, "leeftijd", "uw leeftijd", 0, 130);
        if (formulier.heeftFouten()) {
            return formulier(inspraak, formulier, 422);
        }
        try {
            Zienswijze zienswijze = inspraakdienst.dienZienswijzeIn(gemeente.code(), inspraak.id(), new NieuweZienswijze(
                    formulier.waarde("inhoud"), Inwoners.vandaag(), woont.equals("ja"),
                    formulier.gekozen("belanghebbende", "ja"), leeftijd.get()), gebruiker.naam());
            return Antwoord.naar("/gemeenten/" + gemeente.code() + "/initiatieven/" + inspraak.id()
                    + "/zienswijze?ontvangen=" + zienswijze.id());
        } catch (VerzoekGeweigerdException e) {
            e.redenen().forEach(r -> formulier.fout("ingezetene", r.toelichting() + " (Dit staat in: " + r.artikel() + ".)"));
            return formulier(inspraak, formulier, 422);
        } catch (OngeldigeInvoerException e) {
            e.overtredingen().forEach(o -> formulier.fout("inhoud", o.reden()));
            return formulier(inspraak, formulier, 422);
        }
    }

    private Initiatief inspraak(Verzoek verzoek) {
        Initiatief initiatief = initiatieven.get(verzoek.gemeenteVereist().code(), verzoek.pad("id"));
        if (initiatief.soort() != Initiatiefsoort.INSPRAAK) {
            throw PaginaFout.nietGevonden("Op dit initiatief kunt u geen zienswijze geven.");
        }
        return initiatief;
    }

    private Antwoord formulier(Initiatief inspraak, Formulier formulier, int status) {
        return Inwoners.pagina("zienswijze.ftlh", "Zienswijze geven: " + inspraak.titel()).met("inspraak", inspraak)
                .met("gegevens", inspraak.gegevens(Inspraakgegevens.class)).met("formulier", formulier).status(status);
    }
}
