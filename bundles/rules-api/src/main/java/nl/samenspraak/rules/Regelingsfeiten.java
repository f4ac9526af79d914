package nl.samenspraak.rules;

import java.time.Period;
import java.util.EnumMap;
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
 *
 * <p>Build it with {@link #builder()}, which names each number: the constructor takes three ints in a row that
 * swap without a compiler error.
 */
public record Regelingsfeiten(Map<Subsidieaanvraag.Schaal, Long> maximumInCenten, Period aanvraagVooraf,
        int minimumleeftijdAanvrager, int vereisteOndersteuners, int minimumleeftijdOndersteuners, Termijn beslistermijn) {

    /**
     * @deprecated since 1.2: use {@link #builder()}, which names each number; three ints in a row swap silently
     */
    @Deprecated(since = "1.2")
    public Regelingsfeiten {
        maximumInCenten = Map.copyOf(maximumInCenten);
        Objects.requireNonNull(aanvraagVooraf, "aanvraagVooraf");
        Objects.requireNonNull(beslistermijn, "beslistermijn");
        if (minimumleeftijdAanvrager < 0 || vereisteOndersteuners < 0 || minimumleeftijdOndersteuners < 0) {
            throw new IllegalArgumentException("ages and the number of supporters cannot be negative");
        }
        if (maximumInCenten.values().stream().anyMatch(centen -> centen < 0)) {
            throw new IllegalArgumentException("a maximum cannot be negative: " + maximumInCenten);
        }
    }

    /**
     * A builder with every number named; nothing required but the {@link Bouwer#beslistermijn decision term}.
     * Unset: no maxima, no lead time, no minimum age, no supporters.
     *
     * @since 1.2
     */
    public static Bouwer builder() {
        return new Bouwer();
    }

    /**
     * Builds {@link Regelingsfeiten}, e.g.
     * {@code Regelingsfeiten.builder().maximum(Schaal.BUURT, 150_000).aanvraagVooraf(Period.ofWeeks(6))
     * .minimumleeftijdAanvrager(18).vereisteOndersteuners(4).minimumleeftijdOndersteuners(12)
     * .beslistermijn(Termijn.weken(8, "art. 4:13 Awb", "...")).build()}.
     *
     * @since 1.2
     */
    public static final class Bouwer {
        private final Map<Subsidieaanvraag.Schaal, Long> maxima = new EnumMap<>(Subsidieaanvraag.Schaal.class);
        private Period aanvraagVooraf = Period.ZERO;
        private int minimumleeftijdAanvrager;
        private int vereisteOndersteuners;
        private int minimumleeftijdOndersteuners;
        private Termijn beslistermijn;

        private Bouwer() {
        }

        /** The highest amount for an application of this reach, in euro cents. */
        public Bouwer maximum(Subsidieaanvraag.Schaal schaal, long centen) {
            maxima.put(Objects.requireNonNull(schaal, "schaal"), centen);
            return this;
        }

        public Bouwer aanvraagVooraf(Period vooraf) {
            this.aanvraagVooraf = Objects.requireNonNull(vooraf, "aanvraagVooraf");
            return this;
        }

        public Bouwer minimumleeftijdAanvrager(int jaren) {
            this.minimumleeftijdAanvrager = jaren;
            return this;
        }

        public Bouwer vereisteOndersteuners(int aantal) {
            this.vereisteOndersteuners = aantal;
            return this;
        }

        public Bouwer minimumleeftijdOndersteuners(int jaren) {
            this.minimumleeftijdOndersteuners = jaren;
            return this;
        }

        public Bouwer beslistermijn(Termijn termijn) {
            this.beslistermijn = Objects.requireNonNull(termijn, "beslistermijn");
            return this;
        }

        @SuppressWarnings("deprecation")
        public Regelingsfeiten build() {
            return new Regelingsfeiten(maxima, aanvraagVooraf, minimumleeftijdAanvrager, vereisteOndersteuners,
                    minimumleeftijdOndersteuners, Objects.requireNonNull(beslistermijn,
                            "beslistermijn: every scheme has a decision term (art. 4:13 Awb: 8 weeks where it sets none)"));
        }
    }
}
