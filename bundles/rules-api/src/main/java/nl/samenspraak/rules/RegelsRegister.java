package nl.samenspraak.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's view of the installed rules: for a gemeente and a date, the rules in force. Empty means
 * no rules are in force, and the platform then refuses the decision (fails closed) instead of guessing.
 */
@ProviderType
public interface RegelsRegister {

    Optional<GeldendeRegels<Verordening>> verordening(String gemeente, LocalDate datum);

    Optional<GeldendeRegels<Subsidieregeling>> subsidieregeling(String gemeente, String regeling, LocalDate datum);

    Optional<GeldendeRegels<Toewijzingsproces>> toewijzingsproces(String gemeente, String proces, LocalDate datum);

    /** Every rules service that serves this gemeente (its own, or the model it adopted), in any period. */
    List<GeldendeRegels<Regels>> alle(String gemeente);

    /**
     * What the platform warns about in the installed rules, in plain Dutch: two services of one kind in force
     * together for one gemeente where the choice is arbitrary or comes from two bundles, rules for a gemeente
     * code that is invalid or not configured, rules bundles that offer no rules. Empty when all is well.
     *
     * @since 1.2
     */
    default List<String> waarschuwingen() {
        return List.of();
    }

    /**
     * Why no rules of this kind are in force for the gemeente on the date, in plain Dutch, for the answer that
     * no decision can be made: no rules bundle provides them, or one does but no version is in force on that
     * date (naming the periods its versions cover).
     *
     * @param soort {@link Verordening}, {@link Subsidieregeling} or {@link Toewijzingsproces}
     * @param sleutel the scheme's or process's key, {@code null} for an ordinance
     * @since 1.2
     */
    default String waaromGeen(String gemeente, Class<? extends Regels> soort, String sleutel, LocalDate datum) {
        return "er is geen regelbundel geïnstalleerd die daarover beslist";
    }
}
