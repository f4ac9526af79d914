package nl.samenspraak.core.internal.monitor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Monitorfilter;
import nl.samenspraak.api.monitor.Periode;
import nl.samenspraak.core.internal.monitor.Monitorgegevens.Dossier;
import nl.samenspraak.core.internal.monitor.Monitorgegevens.Rondedossier;

/** Every indicator of the Participatiemonitor over the records a filter selects, in a stable order. */
final class Indicatoren {

    /**
     * The indicators that say something about a single subject of each kind, in this order. The questionnaires' figures
     * are not among them: the project leader's view of the subject has those, per statement.
     */
    private static final Map<Initiatiefsoort, List<String>> KERNCIJFERS = Map.of(
            Initiatiefsoort.PARTICIPATIETRAJECT, List.of("deelnemers.per_traject", "deelnemers.per_fase",
                    "trajecten.terugkoppeling", "trajecten.dagen_tot_terugkoppeling"),
            Initiatiefsoort.INSPRAAK, List.of("inspraak.reactienota", "inspraak.dagen_tot_reactienota"),
            Initiatiefsoort.BEWONERSINITIATIEF, List.of("besluiten.binnen_termijn", "besluiten.doorlooptijd",
                    "besluiten.over_termijn"),
            Initiatiefsoort.UITDAAGRECHT, List.of("besluiten.binnen_termijn", "besluiten.doorlooptijd", "besluiten.over_termijn"));
    private static final List<String> KERNCIJFERS_RONDE = List.of("wijkbudget.plannen_ingediend", "wijkbudget.plannen_haalbaar",
            "wijkbudget.plannen_gekozen", "wijkbudget.stemmen_online", "wijkbudget.stemmen_papier", "wijkbudget.opkomst",
            "wijkbudget.toegewezen");

    private Indicatoren() {
    }

    /**
     * The key figures of one initiative or round: the indicators of its kind over that subject alone and all time.
     * Empty when the records hold no such subject.
     */
    static List<Indicator> kerncijfers(Monitorgegevens gegevens, String onderwerp) {
        List<Dossier> dossiers = gegevens.dossiers().stream().filter(d -> d.initiatief().id().equals(onderwerp)).toList();
        List<Rondedossier> rondes = gegevens.rondes().stream().filter(r -> r.ronde().id().equals(onderwerp)).toList();
        List<String> sleutels = dossiers.isEmpty() ? rondes.isEmpty() ? List.of() : KERNCIJFERS_RONDE
                : KERNCIJFERS.get(dossiers.get(0).initiatief().soort());
        List<Indicator> alle = bereken(new Monitorgegevens(gegevens.gemeente(), dossiers, rondes, gegevens.reacties(),
                gegevens.zelfevaluaties(), gegevens.inwonertallen(), gegevens.vandaag()), Monitorfilter.ALLES);
        List<Indicator> gekozen = new ArrayList<>();
        for (String sleutel : sleutels) {
            alle.stream().filter(i -> i.sleutel().equals(sleutel)).forEach(gekozen::add);
        }
        return gekozen;
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
