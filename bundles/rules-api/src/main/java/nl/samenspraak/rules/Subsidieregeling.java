package nl.samenspraak.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One subsidy scheme (subsidieregeling) of a gemeente, e.g. for bewonersinitiatieven.
 */
@ConsumerType
public interface Subsidieregeling extends Regels {

    /** Service property naming the scheme, see {@link #regeling()}. */
    String REGELING = "regeling";

    /** Stable key of the scheme within the gemeente, e.g. {@code bewonersinitiatief}. */
    String regeling();

    /** The scheme's published facts: maxima, lead time, required support, decision term. */
    Regelingsfeiten feiten();

    /**
     * Judges an application by this scheme. Every reason cites its article; a refusal lists every unmet
     * condition, not just the first.
     */
    Beoordeling beoordeel(Subsidieaanvraag aanvraag);

    /**
     * The maxima for an application in this wijk (CBS wijk code), for schemes whose maximum differs by wijk.
     * Without an override, the published {@link Regelingsfeiten#maximumInCenten()}.
     *
     * @since 1.1
     */
    default Map<Subsidieaanvraag.Schaal, Long> maximumInCentenVoorWijk(String wijk) {
        return feiten().maximumInCenten();
    }

    /**
     * How long the decision may be postponed, once, beyond {@link Regelingsfeiten#beslistermijn()}, with the
     * article that allows it; empty when the scheme sets nothing (art. 4:14 Awb then applies).
     *
     * @since 1.1
     */
    default Optional<Termijn> verdaging() {
        return Optional.empty();
    }

    /**
     * Support other than money the gemeente offers this application (partnership, advice, ...), beside or
     * instead of an amount. Empty for schemes that only give money.
     *
     * @since 1.1
     */
    default List<Ondersteuning> ondersteuning(Subsidieaanvraag aanvraag) {
        return List.of();
    }
}
