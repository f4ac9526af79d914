package nl.samenspraak.rules;

import java.time.Period;
import java.util.Map;
import java.util.Objects;

/**
 * What a subsidy scheme publishes up front, so residents know the rules before they apply.
 *
 * @param maximumInCenten the highest amount per application by its reach (schaal), in euro cents
 * @param aanvraagVooraf how long before the activity an application must be in ({@link Period#ZERO} for none)
 * @param minimumleeftijdAanvrager minimum age of the applicant
 * @param vereisteOndersteuners how many other residents must sign in support
 * @param minimumleeftijdOndersteuners minimum age of those supporters
 * @param beslistermijn the term for the decision (art. 4:13 Awb: 8 weeks where the scheme sets none)
 */
public record Regelingsfeiten(Map<Subsidieaanvraag.Schaal, Long> maximumInCenten, Period aanvraagVooraf,
        int minimumleeftijdAanvrager, int vereisteOndersteuners, int minimumleeftijdOndersteuners, Termijn beslistermijn) {

    public Regelingsfeiten {
        maximumInCenten = Map.copyOf(maximumInCenten);
        Objects.requireNonNull(aanvraagVooraf, "aanvraagVooraf");
        Objects.requireNonNull(beslistermijn, "beslistermijn");
    }
}
