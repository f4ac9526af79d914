package nl.samenspraak.web.internal.werkplek;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Levenscyclus;
import nl.samenspraak.api.initiatief.OvergangNietToegestaanException;
import nl.samenspraak.api.initiatief.ParticipatietrajectService;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Trajectgegevens;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/werkplek/trajecten/{id}}: one participatietraject: its step on the participatieladder
 * and its phase; moving it to the next phase records what was done with the residents' input (the terugkoppeling
 * residents read on the traject's page).
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/werkplek/trajecten/{id}")
public class TrajectPagina implements Pagina {

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private ParticipatietrajectService trajecten;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Werkplek.ambtenaar(verzoek);
        return toon(verzoek, traject(verzoek), Formulier.leeg(), 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gebruiker ambtenaar = Werkplek.ambtenaar(verzoek);
        Gemeente gemeente = verzoek.gemeenteVereist();
        Initiatief traject = traject(verzoek);
        Formulier formulier = verzoek.formulier();
        Optional<Status> fase = Levenscyclus.volgende(Initiatiefsoort.PARTICIPATIETRAJECT, traject.status()).stream()
                .filter(s -> s.name().equals(formulier.waarde("fase"))).findFirst();
        if (fase.isEmpty()) {
            formulier.fout("fase", "Kies de fase waarnaar het traject gaat");
        }
        formulier.verplicht("toelichting", "Schrijf op wat er met de inbreng van inwoners is gedaan");
        if (formulier.heeftFouten()) {
            return toon(verzoek, traject, formulier, 422);
        }
        try {
            trajecten.naarFase(gemeente.code(), traject.id(), fase.get(), formulier.waarde("toelichting"), ambtenaar.naam());
            return Antwoord.naar(Werkplek.pad(gemeente) + "/trajecten/" + traject.id() + "?verder=ja");
        } catch (OngeldigeInvoerException | OvergangNietToegestaanException e) {
            formulier.fout("fase", "Het traject kan nu niet naar die fase. Er is niets opgeslagen.");
            return toon(verzoek, traject, formulier, 409);
        }
    }

    private Initiatief traject(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Initiatief initiatief = initiatieven.get(gemeente.code(), verzoek.pad("id"));
        if (initiatief.soort() != Initiatiefsoort.PARTICIPATIETRAJECT) {
            throw new InitiatiefNietGevondenException(gemeente.code(), initiatief.id());
        }
        return initiatief;
    }

    private Antwoord toon(Verzoek verzoek, Initiatief traject, Formulier formulier, int status) {
        List<Status> volgende = Levenscyclus.volgende(Initiatiefsoort.PARTICIPATIETRAJECT, traject.status()).stream()
                .sorted().toList();
        return Werkplek.pagina("traject.ftlh", "Participatietraject: " + traject.titel()).status(status)
                .met("traject", traject).met("gegevens", traject.gegevens(Trajectgegevens.class)).met("formulier", formulier)
                .met("volgende", volgende).met("overgangen", initiatieven.overgangen(traject.gemeente(), traject.id()))
                .met("gestart", verzoek.parameter("gestart").isPresent()).met("verder", verzoek.parameter("verder").isPresent());
    }
}
