package nl.samenspraak.web.internal.monitor;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Monitorfilter;
import nl.samenspraak.api.monitor.Monitorinstellingen;
import nl.samenspraak.api.monitor.ParticipatiemonitorService;
import nl.samenspraak.api.monitor.Vergelijking;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeService;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/monitor}: the Participatiemonitor for the gemeente's staff. Every indicator as a bar
 * chart drawn on the server (SVG) with the same figures in a table beside it, filterable by year, wijk and kind
 * (a GET form, so a filtered view can be bookmarked); links to the participants' answers per traject and round; for a
 * gemeente in the benchmark, its figures beside the medians of the others.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/monitor")
public class MonitorPagina implements Pagina {

    /** The years offered in the filter, counting back from this one. */
    private static final int JAREN = 5;

    @Reference
    private ParticipatiemonitorService monitor;

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private RondeService rondes;

    @Reference
    private Monitorinstellingen instellingen;

    /** An indicator with its chart, in the section it belongs to. */
    public record Blok(Indicator indicator, Staafdiagram grafiek) {
    }

    public record Sectie(String titel, List<Blok> blokken) {
    }

    @Override
    public Antwoord get(Verzoek verzoek) {
        Monitorpaginas.medewerker(verzoek);
        Gemeente gemeente = verzoek.gemeenteVereist();
        int ditJaar = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        Optional<Integer> jaar = verzoek.parameter("jaar").flatMap(j -> {
            try {
                int gekozen = Integer.parseInt(j);
                return gekozen > ditJaar - JAREN && gekozen <= ditJaar ? Optional.of(gekozen) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
        Optional<String> wijk = verzoek.parameter("wijk").filter(w -> gemeente.wijk(w).isPresent());
        Optional<Initiatiefsoort> soort = verzoek.parameter("soort").flatMap(s -> {
            for (Initiatiefsoort k : Initiatiefsoort.values()) {
                if (k.name().toLowerCase().equals(s)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        });
        Monitorfilter filter = new Monitorfilter(jaar, wijk, soort);
        List<Indicator> indicatoren = monitor.indicatoren(gemeente.code(), filter);
        List<Vergelijking> vergelijkingen = instellingen.doetMeeAanBenchmark(gemeente.code())
                ? monitor.benchmark(gemeente.code(), filter) : List.of();
        Getallen getallen = new Getallen();
        List<Sectie> secties = List.of(
                sectie("Trajecten, initiatieven en besluiten", indicatoren, getallen, "trajecten.", "initiatieven.", "besluiten.",
                        "inspraak.", "deelnemers."),
                sectie("Wijkbudget", indicatoren, getallen, "wijkbudget."),
                sectie("Wat deelnemers ervan vinden", indicatoren, getallen, "reacties.", "zelfevaluatie."));
        List<Integer> jaren = new ArrayList<>();
        for (int j = ditJaar; j > ditJaar - JAREN; j--) {
            jaren.add(j);
        }
        List<Initiatief> trajecten = initiatieven.list(gemeente.code(), new InitiatiefService.Filter(
                Optional.of(Initiatiefsoort.PARTICIPATIETRAJECT), Optional.empty(), Optional.empty(), Optional.empty()));
        List<Initiatief> inspraak = initiatieven.list(gemeente.code(), new InitiatiefService.Filter(
                Optional.of(Initiatiefsoort.INSPRAAK), Optional.empty(), Optional.empty(), Optional.empty()));
        List<Ronde> metUitslag = rondes.list(gemeente.code()).stream().filter(r -> r.uitslag().isPresent()).toList();
        return Monitorpaginas.pagina("monitor.ftlh", "Participatiemonitor").met("secties", secties).met("jaren", jaren)
                .met("jaar", jaar.map(String::valueOf).orElse("")).met("wijk", wijk.orElse(""))
                .met("soort", soort.map(s -> s.name().toLowerCase()).orElse("")).met("soorten", List.of(Initiatiefsoort.values()))
                .met("trajecten", trajecten).met("inspraak", inspraak).met("rondes", metUitslag)
                .met("benchmark", instellingen.doetMeeAanBenchmark(gemeente.code())).met("vergelijkingen", vergelijkingen)
                .met("minimum", Vergelijking.MINIMUM);
    }

    private static Sectie sectie(String titel, List<Indicator> indicatoren, Getallen getallen, String... voorvoegsels) {
        List<Blok> blokken = new ArrayList<>();
        for (Indicator i : indicatoren) {
            for (String v : voorvoegsels) {
                if (i.sleutel().startsWith(v)) {
                    blokken.add(new Blok(i, Staafdiagram.van(i, getallen)));
                }
            }
        }
        return new Sectie(titel, blokken);
    }
}
