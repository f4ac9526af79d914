package nl.samenspraak.core.internal.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteNietBediendException;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.monitor.BenchmarkNietGekozenException;
import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Inwonertal;
import nl.samenspraak.api.monitor.Monitorfilter;
import nl.samenspraak.api.monitor.Monitorinstellingen;
import nl.samenspraak.api.monitor.ParticipatiemonitorService;
import nl.samenspraak.api.monitor.ReactieStore;
import nl.samenspraak.api.monitor.Vergelijking;
import nl.samenspraak.api.opslag.InitiatiefStore;
import nl.samenspraak.api.opslag.WijkbudgetStore;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.core.internal.monitor.Monitorgegevens.Dossier;
import nl.samenspraak.core.internal.monitor.Monitorgegevens.Rondedossier;

/**
 * Reads a gemeente's records from the stores and hands them to {@link Indicatoren}; for the benchmark, those of every
 * participating gemeente to {@link Benchmark}.
 */
@Component(service = ParticipatiemonitorService.class)
public class Participatiemonitor implements ParticipatiemonitorService {

    private final InitiatiefStore initiatieven;
    private final WijkbudgetStore rondes;
    private final ReactieStore reacties;
    private final GemeenteRegistry gemeenten;
    private final Monitorinstellingen instellingen;
    private final Kalender kalender;

    @Activate
    public Participatiemonitor(@Reference InitiatiefStore initiatieven, @Reference WijkbudgetStore rondes,
            @Reference ReactieStore reacties, @Reference GemeenteRegistry gemeenten, @Reference Monitorinstellingen instellingen,
            @Reference Kalender kalender) {
        this.initiatieven = initiatieven;
        this.rondes = rondes;
        this.reacties = reacties;
        this.gemeenten = gemeenten;
        this.instellingen = instellingen;
        this.kalender = kalender;
    }

    @Override
    public List<Vergelijking> benchmark(String code, Monitorfilter filter) {
        gemeenten.find(code).orElseThrow(() -> new GemeenteNietBediendException(code));
        if (!instellingen.doetMeeAanBenchmark(code)) {
            throw new BenchmarkNietGekozenException(code);
        }
        Monitorfilter zonderWijk = new Monitorfilter(filter.jaar(), Optional.empty(), filter.soort());
        Map<String, List<Indicator>> perGemeente = new LinkedHashMap<>();
        Map<String, Long> inwoners = new HashMap<>();
        for (Gemeente g : gemeenten.list()) {
            if (instellingen.doetMeeAanBenchmark(g.code())) {
                perGemeente.put(g.code(), indicatoren(g.code(), zonderWijk));
                inwoners.put(g.code(), instellingen.inwonertallen(g.code()).stream().mapToLong(Inwonertal::inwoners).sum());
            }
        }
        return Benchmark.vergelijk(code, perGemeente, inwoners);
    }

    @Override
    public List<Indicator> kerncijfers(String code, String onderwerp) {
        Gemeente gemeente = gemeenten.find(code).orElseThrow(() -> new GemeenteNietBediendException(code));
        List<Dossier> dossiers = initiatieven.find(code, onderwerp).map(i -> List.of(new Dossier(i,
                initiatieven.overgangen(code, i.id()), initiatieven.besluiten(code, i.id()), initiatieven.deelnames(code, i.id()))))
                .orElse(List.of());
        List<Rondedossier> rondedossiers = dossiers.isEmpty() ? rondes.find(code, onderwerp)
                .map(r -> List.of(new Rondedossier(r, rondes.plannen(code, r.id())))).orElse(List.of()) : List.of();
        if (dossiers.isEmpty() && rondedossiers.isEmpty()) {
            throw new InitiatiefNietGevondenException(code, onderwerp);
        }
        // the key figures come from the records alone; the responses are in the project leader's view
        return Indicatoren.kerncijfers(new Monitorgegevens(gemeente, dossiers, rondedossiers, List.of(), List.of(),
                instellingen.inwonertallen(code), kalender.vandaag()), onderwerp);
    }

    @Override
    public List<Indicator> indicatoren(String code, Monitorfilter filter) {
        Gemeente gemeente = gemeenten.find(code).orElseThrow(() -> new GemeenteNietBediendException(code));
        if (filter.wijk().isPresent() && gemeente.wijk(filter.wijk().get()).isEmpty()) {
            throw new OngeldigeInvoerException("wijk", "'" + filter.wijk().get() + "' is geen wijk van " + gemeente.naam());
        }
        if (filter.jaar().isPresent() && (filter.jaar().get() < 1900 || filter.jaar().get() > 2999)) {
            throw new OngeldigeInvoerException("jaar", "een jaar van 1900 tot en met 2999");
        }
        List<Dossier> dossiers = new ArrayList<>();
        for (Initiatief i : initiatieven.list(code, InitiatiefService.Filter.ALLE)) {
            dossiers.add(new Dossier(i, initiatieven.overgangen(code, i.id()), initiatieven.besluiten(code, i.id()),
                    initiatieven.deelnames(code, i.id())));
        }
        List<Rondedossier> rondedossiers = new ArrayList<>();
        for (Ronde r : rondes.list(code)) {
            rondedossiers.add(new Rondedossier(r, rondes.plannen(code, r.id())));
        }
        return Indicatoren.bereken(new Monitorgegevens(gemeente, dossiers, rondedossiers, reacties.reacties(code),
                reacties.zelfevaluaties(code), instellingen.inwonertallen(code), kalender.vandaag()), filter);
    }
}
