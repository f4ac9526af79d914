package nl.samenspraak.core.internal.monitor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Monitorfilter;
import nl.samenspraak.api.monitor.Periode;
import nl.samenspraak.core.internal.monitor.Monitorgegevens.Dossier;
import nl.samenspraak.core.internal.monitor.Monitorgegevens.Rondedossier;

/** Every indicator of the Participatiemonitor over the records a filter selects, in a stable order. */
final class Indicatoren {

    private Indicatoren() {
    }

    static List<Indicator> bereken(Monitorgegevens gegevens, Monitorfilter filter) {
        Periode periode = filter.periode();
        List<Dossier> dossiers = gegevens.dossiers().stream()
                .filter(d -> filter.wijk().isEmpty() || d.initiatief().wijk().equals(filter.wijk()))
                .filter(d -> filter.soort().isEmpty() || d.initiatief().soort() == filter.soort().get()).toList();
        // a round is no initiative: a filter on the kind of initiative leaves the rounds out
        List<Rondedossier> rondes = filter.soort().isPresent() ? List.of() : gegevens.rondes().stream()
                .filter(r -> filter.wijk().isEmpty() || r.ronde().wijk().equals(filter.wijk().get())).toList();
        Set<String> onderwerpen = new HashSet<>();
        dossiers.forEach(d -> onderwerpen.add(d.initiatief().id()));
        rondes.forEach(r -> onderwerpen.add(r.ronde().id()));

        List<Indicator> indicatoren = new ArrayList<>();
        indicatoren.addAll(new Initiatiefindicatoren(dossiers, periode, gegevens.vandaag()).alle());
        indicatoren.addAll(new Wijkbudgetindicatoren(gegevens, rondes, periode).alle());
        indicatoren.addAll(new Reactieindicatoren(
                gegevens.reacties().stream().filter(r -> onderwerpen.contains(r.onderwerp())).toList(),
                gegevens.zelfevaluaties().stream().filter(z -> onderwerpen.contains(z.traject())).toList(), periode).alle());
        return indicatoren;
    }
}
