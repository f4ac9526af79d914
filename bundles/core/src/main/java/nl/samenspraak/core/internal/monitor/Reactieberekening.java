package nl.samenspraak.core.internal.monitor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

import nl.samenspraak.api.monitor.Antwoorden;
import nl.samenspraak.api.monitor.Nogmaals;
import nl.samenspraak.api.monitor.Oordeel;
import nl.samenspraak.api.monitor.Reactie;
import nl.samenspraak.api.monitor.Reactieoverzicht;
import nl.samenspraak.api.monitor.Stelling;
import nl.samenspraak.api.monitor.Stellingoverzicht;
import nl.samenspraak.api.monitor.Vragenlijst;
import nl.samenspraak.api.monitor.Zelfevaluatie;

/** The figures of a set of responses, and the threshold below which none are given. */
final class Reactieberekening {

    private Reactieberekening() {
    }

    /** The mean score 1–5 on a statement of those who did not answer "weet niet", to two decimals. */
    static Optional<BigDecimal> gemiddelde(List<Reactie> reacties, Stelling stelling) {
        List<Integer> scores = new ArrayList<>();
        for (Reactie r : reacties) {
            r.antwoorden().oordeel(stelling).score().ifPresent(scores::add);
        }
        return Statistiek.gemiddelde(scores, 2);
    }

    /** A mean rapportcijfer to one decimal. */
    static Optional<BigDecimal> cijfer(List<Reactie> reacties, ToIntFunction<Antwoorden> welk) {
        return Statistiek.gemiddelde(reacties.stream().map(r -> welk.applyAsInt(r.antwoorden())).toList(), 1);
    }

    /** The participants' mean minus the project leader's score; empty when either is missing ("weet niet"). */
    static Optional<BigDecimal> verschil(Optional<BigDecimal> gemiddelde, Optional<Oordeel> eigen) {
        return gemiddelde.flatMap(g -> eigen.flatMap(o -> o.score().isPresent()
                ? Optional.of(g.subtract(BigDecimal.valueOf(o.score().getAsInt()))) : Optional.empty()));
    }

    static boolean genoeg(List<Reactie> reacties) {
        return reacties.size() >= Reactieoverzicht.DREMPEL;
    }

    static Reactieoverzicht overzicht(String onderwerp, String titel, List<Vragenlijst> vragenlijsten, List<Reactie> reacties,
            Optional<Zelfevaluatie> zelfevaluatie) {
        boolean genoeg = genoeg(reacties);
        List<Stellingoverzicht> stellingen = new ArrayList<>();
        for (Stelling s : Stelling.values()) {
            Optional<Oordeel> eigen = zelfevaluatie.map(z -> z.oordelen().get(s));
            if (!genoeg) {
                stellingen.add(new Stellingoverzicht(s, Map.of(), Optional.empty(), eigen, Optional.empty()));
                continue;
            }
            Map<Oordeel, Long> verdeling = new EnumMap<>(Oordeel.class);
            for (Oordeel o : Oordeel.values()) {
                verdeling.put(o, reacties.stream().filter(r -> r.antwoorden().oordeel(s) == o).count());
            }
            Optional<BigDecimal> gemiddelde = gemiddelde(reacties, s);
            stellingen.add(new Stellingoverzicht(s, verdeling, gemiddelde, eigen, verschil(gemiddelde, eigen)));
        }
        if (!genoeg) {
            return new Reactieoverzicht(onderwerp, titel, vragenlijsten, reacties.size(), stellingen, Optional.empty(),
                    Optional.empty(), Map.of(), List.of(), List.of(), zelfevaluatie);
        }
        Map<Nogmaals, Long> nogmaals = new EnumMap<>(Nogmaals.class);
        for (Nogmaals n : Nogmaals.values()) {
            nogmaals.put(n, reacties.stream().filter(r -> r.antwoorden().nogmaals() == n).count());
        }
        return new Reactieoverzicht(onderwerp, titel, vragenlijsten, reacties.size(), stellingen,
                cijfer(reacties, Antwoorden::cijferProces), cijfer(reacties, Antwoorden::cijferResultaat), nogmaals,
                teksten(reacties, Antwoorden::goed), teksten(reacties, Antwoorden::beter), zelfevaluatie);
    }

    private static List<String> teksten(List<Reactie> reacties, java.util.function.Function<Antwoorden, String> welk) {
        return reacties.stream().map(r -> welk.apply(r.antwoorden())).filter(t -> !t.isBlank()).toList();
    }
}
