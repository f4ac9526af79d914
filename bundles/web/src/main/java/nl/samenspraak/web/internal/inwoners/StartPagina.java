package nl.samenspraak.web.internal.inwoners;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Inspraakgegevens;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.monitor.Monitorfilter;
import nl.samenspraak.api.monitor.ParticipatiemonitorService;
import nl.samenspraak.api.monitor.VragenlijstService;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeService;
import nl.samenspraak.web.internal.monitor.Samenvatting;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}}: what a resident can take part in now (open wijkbudget rounds, inspraak open for
 * zienswijzen with the days left), recent public decisions, how participation goes (the monitor's summary), and how
 * to take part.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}")
public class StartPagina implements Pagina {

    @Reference
    private RondeService rondes;

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private ParticipatiemonitorService monitor;

    @Reference
    private VragenlijstService vragenlijsten;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        List<Ronde> alle = rondes.list(gemeente.code());
        List<Ronde> open = alle.stream().filter(r -> r.fase().compareTo(Fase.STEMMEN) <= 0).toList();
        List<Ronde> uitslagen = alle.stream().filter(r -> r.uitslag().isPresent())
                .sorted(Comparator.comparing((Ronde r) -> r.uitslag().get().vastgesteldOp()).reversed()).limit(5).toList();
        List<Initiatief> inspraak = initiatieven.list(gemeente.code(), new InitiatiefService.Filter(
                Optional.of(Initiatiefsoort.INSPRAAK), Optional.empty(), Optional.empty(), Optional.empty()));
        List<Initiatief> terInzage = inspraak.stream().filter(i -> i.status() == Status.TER_INZAGE
                && !i.gegevens(Inspraakgegevens.class).zienswijzenTot().isBefore(Inwoners.vandaag())).toList();
        List<Initiatief> reactienotas = inspraak.stream().filter(i -> i.status() == Status.REACTIENOTA_VASTGESTELD)
                .limit(5).toList();
        return Inwoners.pagina("start.ftlh", "Meedoen in " + gemeente.getoondeNaam()).met("open", open)
                .met("uitslagen", uitslagen).met("terInzage", terInzage).met("reactienotas", reactienotas)
                .met("wijken", gemeente.wijken())
                .met("monitor", Samenvatting.van(monitor.indicatoren(gemeente.code(), Monitorfilter.ALLES)))
                .met("openVragenlijsten", verzoek.gebruiker().filter(g -> g.hoortBij(gemeente.code()))
                        .map(g -> vragenlijsten.openVoor(gemeente.code(), g.naam())).orElse(List.of()));
    }
}
