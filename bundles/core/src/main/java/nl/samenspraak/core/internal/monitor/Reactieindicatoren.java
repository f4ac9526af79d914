package nl.samenspraak.core.internal.monitor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.samenspraak.api.monitor.Antwoorden;
import nl.samenspraak.api.monitor.Eenheid;
import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Nogmaals;
import nl.samenspraak.api.monitor.Periode;
import nl.samenspraak.api.monitor.Reactie;
import nl.samenspraak.api.monitor.Reactieoverzicht;
import nl.samenspraak.api.monitor.Stelling;
import nl.samenspraak.api.monitor.Waarde;
import nl.samenspraak.api.monitor.Zelfevaluatie;

/**
 * The indicators of the questionnaires and self-evaluations. Like the project leader's view, they give no figure
 * from fewer than {@link Reactieoverzicht#DREMPEL} responses.
 */
final class Reactieindicatoren {

    private static final String DREMPEL = " Bij minder dan " + Reactieoverzicht.DREMPEL + " reacties blijft het leeg.";

    private final List<Reactie> reacties;
    private final List<Zelfevaluatie> zelfevaluaties;
    private final Periode periode;

    Reactieindicatoren(List<Reactie> reacties, List<Zelfevaluatie> zelfevaluaties, Periode periode) {
        this.reacties = reacties.stream().filter(r -> periode.bevat(r.ingevuldOp())).toList();
        this.zelfevaluaties = zelfevaluaties;
        this.periode = periode;
    }

    List<Indicator> alle() {
        return List.of(aantal(), rapportcijfer(), stellingen(), nogmaals(), verschil());
    }

    Indicator aantal() {
        return new Indicator("reacties.aantal", "Ingevulde vragenlijsten", List.of(
                Waarde.aantal("reacties", "Reacties", reacties.size())), periode,
                "Het aantal vragenlijsten dat deelnemers in de periode hebben ingevuld.");
    }

    Indicator rapportcijfer() {
        boolean genoeg = Reactieberekening.genoeg(reacties);
        return new Indicator("reacties.rapportcijfer", "Gemiddeld rapportcijfer", List.of(
                new Waarde("proces", "Voor het proces", genoeg ? Reactieberekening.cijfer(reacties, Antwoorden::cijferProces)
                        : Optional.empty(), Eenheid.CIJFER),
                new Waarde("resultaat", "Voor het resultaat", genoeg ? Reactieberekening.cijfer(reacties,
                        Antwoorden::cijferResultaat) : Optional.empty(), Eenheid.CIJFER)), periode,
                "Het gemiddelde van de rapportcijfers (1 tot 10) die deelnemers in de periode gaven, op één decimaal."
                        + DREMPEL);
    }

    Indicator stellingen() {
        boolean genoeg = Reactieberekening.genoeg(reacties);
        List<Waarde> waarden = new ArrayList<>();
        for (Stelling s : Stelling.values()) {
            waarden.add(new Waarde(s.sleutel(), s.tekst(), genoeg ? Reactieberekening.gemiddelde(reacties, s) : Optional.empty(),
                    Eenheid.SCORE));
        }
        return new Indicator("reacties.stellingen", "Gemiddelde score per stelling", waarden, periode,
                "Per stelling het gemiddelde van de antwoorden (1 = helemaal oneens tot 5 = helemaal eens) die deelnemers "
                        + "in de periode gaven; 'weet niet' telt niet mee." + DREMPEL);
    }

    Indicator nogmaals() {
        boolean genoeg = Reactieberekening.genoeg(reacties);
        Map<Nogmaals, Long> aantallen = reacties.stream().collect(Collectors.groupingBy(r -> r.antwoorden().nogmaals(),
                Collectors.counting()));
        List<Waarde> waarden = new ArrayList<>();
        for (Nogmaals n : Nogmaals.values()) {
            waarden.add(new Waarde(n.sleutel(), switch (n) {
                case JA -> "Ja";
                case MISSCHIEN -> "Misschien";
                case NEE -> "Nee";
            }, genoeg ? Statistiek.procent(aantallen.getOrDefault(n, 0L), reacties.size()) : Optional.empty(), Eenheid.PROCENT));
        }
        return new Indicator("reacties.nogmaals", "Zou opnieuw meedoen", waarden, periode,
                "Het deel van de deelnemers dat in de periode antwoordde dat zij opnieuw zouden meedoen (ja, misschien of "
                        + "nee)." + DREMPEL);
    }

    /**
     * Per statement: over the trajecten with a self-evaluation and enough responses in the period, the mean of
     * (participants' mean minus the project leader's score).
     */
    Indicator verschil() {
        List<Waarde> waarden = new ArrayList<>();
        List<Zelfevaluatie> meetellend = zelfevaluaties.stream().filter(z -> Reactieberekening.genoeg(vanTraject(z))).toList();
        for (Stelling s : Stelling.values()) {
            List<BigDecimal> verschillen = new ArrayList<>();
            for (Zelfevaluatie z : meetellend) {
                Reactieberekening.verschil(Reactieberekening.gemiddelde(vanTraject(z), s), Optional.of(z.oordelen().get(s)))
                        .ifPresent(verschillen::add);
            }
            waarden.add(new Waarde(s.sleutel(), s.tekst(), Statistiek.gemiddelde(verschillen, 2), Eenheid.SCORE));
        }
        waarden.add(Waarde.aantal("trajecten", "Trajecten met zelfevaluatie en genoeg reacties", meetellend.size()));
        return new Indicator("zelfevaluatie.verschil", "Verschil tussen deelnemers en projectleider", waarden, periode,
                "Per stelling, over de trajecten met een zelfevaluatie en minstens " + Reactieoverzicht.DREMPEL
                        + " reacties in de periode: het gemiddelde van (gemiddelde score van de deelnemers min de score van de "
                        + "projectleider); negatief betekent dat deelnemers minder positief zijn dan de projectleider.");
    }

    private List<Reactie> vanTraject(Zelfevaluatie z) {
        return reacties.stream().filter(r -> r.onderwerp().equals(z.traject())).toList();
    }
}
