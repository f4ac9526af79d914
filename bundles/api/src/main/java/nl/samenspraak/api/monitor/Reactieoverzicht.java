package nl.samenspraak.api.monitor;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the participants of one traject (or other subject) answered, over all its questionnaires, for its project
 * leader. Below {@link #DREMPEL} responses it holds no figures and no open answers, only the count: so few
 * answers could be traced to the people who gave them.
 *
 * @param onderwerp the traject, inspraak, application or round
 * @param reacties the number of responses
 * @param stellingen one per statement, in order
 * @param cijferProces the mean rapportcijfer for the process, to one decimal
 * @param nogmaals how many would take part again, perhaps, or not
 */
public record Reactieoverzicht(String onderwerp, String titel, List<Vragenlijst> vragenlijsten, long reacties,
        List<Stellingoverzicht> stellingen, Optional<BigDecimal> cijferProces, Optional<BigDecimal> cijferResultaat,
        Map<Nogmaals, Long> nogmaals, List<String> goed, List<String> beter, Optional<Zelfevaluatie> zelfevaluatie) {

    /** The fewest responses whose figures are shown. */
    public static final int DREMPEL = 5;

    public Reactieoverzicht {
        Objects.requireNonNull(onderwerp, "onderwerp");
        Objects.requireNonNull(titel, "titel");
        vragenlijsten = List.copyOf(vragenlijsten);
        stellingen = List.copyOf(stellingen);
        Objects.requireNonNull(cijferProces, "cijferProces");
        Objects.requireNonNull(cijferResultaat, "cijferResultaat");
        Map<Nogmaals, Long> kopie = new EnumMap<>(Nogmaals.class);
        kopie.putAll(nogmaals);
        nogmaals = kopie.isEmpty() ? Map.of() : Map.copyOf(kopie);
        goed = List.copyOf(goed);
        beter = List.copyOf(beter);
        Objects.requireNonNull(zelfevaluatie, "zelfevaluatie");
    }

    /** Whether there are enough responses to show figures. */
    public boolean genoegReacties() {
        return reacties >= DREMPEL;
    }
}
