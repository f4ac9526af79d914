package nl.samenspraak.web.internal.werkplek;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.rules.Rondeopzet;

/**
 * What the gemeente's wijkbudget rounds ask of it now, for the werkvoorraad: plans awaiting the feasibility check,
 * and rounds whose next phase has reached the day it was announced for (residents were told that day). A round's
 * terms are its own planning, not the law, so an item past its day is late against the announcement.
 */
public final class Rondetaken {

    /** One thing to do in a round, by the day it was announced for, if one was. */
    public record Rondetaak(Ronde ronde, String taak, Optional<LocalDate> termijn, Optional<Long> dagenOver) {

        public boolean verlopen() {
            return dagenOver.map(d -> d < 0).orElse(false);
        }

        public String dagen() {
            return dagenOver.map(Werkvoorraad::inWoorden).orElse("geen dag aangekondigd");
        }
    }

    private Rondetaken() {
    }

    /**
     * @param plannen every round's plans, by round id (only rounds in the feasibility check need them)
     */
    static List<Rondetaak> van(List<Ronde> rondes, Map<String, List<Plan>> plannen, LocalDate vandaag) {
        List<Rondetaak> taken = new ArrayList<>();
        for (Ronde ronde : rondes) {
            Rondeopzet opzet = ronde.opzet();
            if (ronde.fase() == Fase.HAALBAARHEIDSTOETS && opzet.haalbaarheidstoets()) {
                long wachtend = plannen.getOrDefault(ronde.id(), List.of()).stream()
                        .filter(p -> p.haalbaar().isEmpty() && p.steun() >= opzet.ondersteunersPerPlan()).count();
                if (wachtend > 0) {
                    taken.add(taak(ronde, wachtend == 1 ? "1 plan wacht op de haalbaarheidstoets"
                            : wachtend + " plannen wachten op de haalbaarheidstoets",
                            Optional.ofNullable(ronde.planning().get(Fase.STEMMEN)), vandaag));
                }
            }
            volgendeGeplandeFase(ronde).filter(f -> !ronde.planning().get(f).isAfter(vandaag)).ifPresent(f -> taken.add(taak(ronde,
                    f == Fase.UITSLAG ? "De stemming sluiten en de uitslag vaststellen"
                            : "Naar de fase " + f.naam().replace('_', ' '),
                    Optional.of(ronde.planning().get(f)), vandaag)));
        }
        taken.sort(Comparator.comparing((Rondetaak t) -> t.termijn().orElse(LocalDate.MAX))
                .thenComparing(t -> t.ronde().titel()).thenComparing(Rondetaak::taak));
        return List.copyOf(taken);
    }

    /** The first phase after the round's own that has a planned day. */
    private static Optional<Fase> volgendeGeplandeFase(Ronde ronde) {
        for (Fase fase : Fase.values()) {
            if (fase.compareTo(ronde.fase()) > 0 && ronde.planning().containsKey(fase)) {
                return Optional.of(fase);
            }
        }
        return Optional.empty();
    }

    private static Rondetaak taak(Ronde ronde, String taak, Optional<LocalDate> termijn, LocalDate vandaag) {
        return new Rondetaak(ronde, taak, termijn, termijn.map(t -> ChronoUnit.DAYS.between(vandaag, t)));
    }
}
