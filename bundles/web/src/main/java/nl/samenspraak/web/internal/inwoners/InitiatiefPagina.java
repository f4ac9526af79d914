package nl.samenspraak.web.internal.inwoners;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Inzage;
import nl.samenspraak.api.initiatief.InspraakService;
import nl.samenspraak.api.initiatief.OverheidsparticipatieService;
import nl.samenspraak.api.initiatief.Zienswijze;
import nl.samenspraak.api.monitor.VragenlijstService;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/initiatieven/{id}}: one initiative with its history, each besluit with its
 * reasons (the article they rest on, explained), the rules and their version, and the last day for bezwaar.
 * Inspraak shows the draft, who may respond and the days left, and afterwards the reactienota with the answer
 * to each zienswijze. Someone else's application does not exist here (404), as in the API.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/initiatieven/{id}")
public class InitiatiefPagina implements Pagina {

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private InspraakService inspraakdienst;

    @Reference
    private VragenlijstService vragenlijsten;

    @Reference
    private OverheidsparticipatieService overheidsparticipatie;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Initiatief initiatief = initiatieven.get(gemeente.code(), verzoek.pad("id"));
        Optional<Gebruiker> gebruiker = verzoek.gebruiker();
        List<Deelname> deelnames = Inzage.isOpenbaar(initiatief.soort()) ? List.of()
                : initiatieven.deelnames(gemeente.code(), initiatief.id());
        Inzage.zichtbaar(gebruiker, initiatief, deelnames);
        List<Besluit> besluiten = initiatieven.besluiten(gemeente.code(), initiatief.id());
        Antwoord antwoord = Inwoners.pagina("initiatief.ftlh", initiatief.titel()).met("initiatief", initiatief)
                .met("overgangen", initiatieven.overgangen(gemeente.code(), initiatief.id()))
                .met("besluiten", besluiten).met("vandaag", Inwoners.vandaag())
                .met("eigen", gebruiker.map(g -> Inzage.isInitiatiefnemer(g, initiatief)).orElse(false))
                .met("uitnodigingen", gebruiker.filter(g -> g.hoortBij(gemeente.code()))
                        .map(g -> vragenlijsten.openVoor(gemeente.code(), g.naam(), initiatief.id())).orElse(List.of()));
        if (initiatief.soort() == Initiatiefsoort.BEWONERSINITIATIEF) {
            overheidsparticipatie.huidige(gemeente.code(), initiatief.id()).ifPresent(o -> antwoord.met("overheidsparticipatie", o));
        }
        if (initiatief.soort() == Initiatiefsoort.INSPRAAK) {
            List<Zienswijze> zienswijzen = inspraakdienst.zienswijzen(gemeente.code(), initiatief.id());
            antwoord.met("zienswijzen", zienswijzen);
        }
        return antwoord;
    }
}
