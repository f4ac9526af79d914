package nl.samenspraak.web.internal.monitor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.ParticipatiemonitorService;
import nl.samenspraak.api.monitor.Reactieoverzicht;
import nl.samenspraak.api.monitor.VragenlijstService;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/monitor/{onderwerp}/rapport}: the project leader's view as a report of two A4 pages to
 * print or save as PDF: the typering, the eight statements beside the project leader's own score, the rapportcijfers,
 * the open answers (below five responses none of these figures, only "te weinig reacties") and the subject's key
 * figures. The print style sheet leaves the site's header and footer out and starts the second page with the open
 * answers.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/monitor/{onderwerp}/rapport")
public class RapportPagina implements Pagina {

    @Reference
    private VragenlijstService vragenlijsten;

    @Reference
    private ParticipatiemonitorService monitor;

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private Kalender kalender;

    @Override
    public Antwoord get(Verzoek verzoek) {
        String onderwerp = verzoek.pad("onderwerp");
        Monitorpaginas.magOverzichtZien(verzoek, initiatieven, onderwerp);
        String gemeente = verzoek.gemeenteVereist().code();
        Reactieoverzicht overzicht = vragenlijsten.overzicht(gemeente, onderwerp);
        Optional<Initiatief> initiatief = Monitorpaginas.initiatief(initiatieven, gemeente, onderwerp);
        Optional<Initiatief> traject = initiatief.filter(i -> i.soort() == Initiatiefsoort.PARTICIPATIETRAJECT);
        List<Indicator> kerncijfers = monitor.kerncijfers(gemeente, onderwerp);
        LocalDate vandaag = kalender.vandaag();
        return Monitorpaginas.pagina("rapport.ftlh", "Rapport: " + overzicht.titel()).met("overzicht", overzicht)
                .met("rapport", Rapport.van(overzicht, traject)).met("traject", traject.isPresent())
                .met("soort", initiatief.map(i -> i.soort().name().toLowerCase()).orElse("wijkbudget"))
                .met("kerncijfers", kerncijfers).met("drempel", Reactieoverzicht.DREMPEL).met("vandaag", vandaag)
                .met("nogmaals", TerugkoppelingPagina.nogmaals(overzicht));
    }
}
