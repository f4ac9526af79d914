package nl.samenspraak.web.internal.werkplek;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Participatieniveau;
import nl.samenspraak.api.initiatief.ParticipatietrajectService;
import nl.samenspraak.api.initiatief.ParticipatietrajectService.NieuwTraject;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/werkplek/trajecten}: the gemeente's participatietrajecten, and a form to start one with
 * its step on the participatieladder.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/werkplek/trajecten")
public class TrajectenPagina implements Pagina {

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private ParticipatietrajectService trajecten;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Werkplek.ambtenaar(verzoek);
        return toon(verzoek, Formulier.leeg(), 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gebruiker ambtenaar = Werkplek.ambtenaar(verzoek);
        Gemeente gemeente = verzoek.gemeenteVereist();
        Formulier formulier = verzoek.formulier();
        formulier.verplicht("titel", "Vul de naam van het traject in");
        formulier.verplicht("omschrijving", "Beschrijf waarover inwoners meepraten");
        Optional<Participatieniveau> niveau = Werkplek.keuze(formulier, "niveau", Participatieniveau.values(), "Kies de trede op de participatieladder");
        formulier.verplicht("beleidsterrein", "Vul het beleidsterrein in, bijvoorbeeld openbare ruimte");
        if (formulier.heeftFouten()) {
            return toon(verzoek, formulier, 422);
        }
        try {
            Initiatief traject = trajecten.startTraject(gemeente.code(), new NieuwTraject(formulier.waarde("titel"),
                    formulier.waarde("omschrijving"), formulier.optioneel("wijk").filter(w -> gemeente.wijk(w).isPresent()),
                    niveau.get(), formulier.waarde("beleidsterrein")), ambtenaar.naam());
            return Antwoord.naar(Werkplek.pad(gemeente) + "/trajecten/" + traject.id() + "?gestart=ja");
        } catch (OngeldigeInvoerException e) {
            e.overtredingen().forEach(o -> formulier.fout(switch (o.veld()) {
                case "titel", "omschrijving", "wijk", "niveau", "beleidsterrein" -> o.veld();
                default -> "titel";
            }, o.reden()));
            return toon(verzoek, formulier, 422);
        }
    }

    private Antwoord toon(Verzoek verzoek, Formulier formulier, int status) {
        String gemeente = verzoek.gemeenteVereist().code();
        return Werkplek.pagina("trajecten.ftlh", "Participatietrajecten").status(status).met("formulier", formulier)
                .met("trajecten", initiatieven.list(gemeente, new InitiatiefService.Filter(
                        Optional.of(Initiatiefsoort.PARTICIPATIETRAJECT), Optional.empty(), Optional.empty(), Optional.empty())));
    }
}
