package nl.samenspraak.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import nl.samenspraak.allocation.Explanation;
import nl.samenspraak.allocation.Instance;

/**
 * How a wijkbudget round is decided: by a residents' vote under a participatory-budgeting rule, by a
 * resident jury, by lot. The engine for votes is {@code nl.samenspraak.allocation}.
 */
@ConsumerType
public interface Toewijzingsproces extends Regels {

    /** Service property naming the process, see {@link #proces()}. */
    String PROCES = "proces";

    /** Stable key of the process within the gemeente, e.g. {@code stemming-mes} or {@code jury-spoorwijk}. */
    String proces();

    /** Which wijken use this process (CBS wijk codes); empty for every wijk of the gemeente. */
    List<String> wijken();

    /**
     * Decides a round: from its plans (projects with costs), the budget and the ballots or the jury's
     * decisions to the plans that are funded, with an explanation a resident can read.
     */
    Toewijzing wijsToe(Instance ronde);

    /**
     * What a round of this process needs: supporters per plan, feasibility check, who votes and the ballot.
     * Empty when the process does not describe it; the gemeente then sets up the round by hand.
     *
     * @since 1.1
     */
    default Optional<Rondeopzet> rondeopzet() {
        return Optional.empty();
    }

    /**
     * @param gekozen ids of the funded plans
     * @param uitleg how the process reached them
     * @param redenen the articles of the gemeente's rules that were applied
     */
    record Toewijzing(List<String> gekozen, Explanation uitleg, List<Reden> redenen) {
        public Toewijzing {
            gekozen = List.copyOf(gekozen);
            Objects.requireNonNull(uitleg, "uitleg");
            redenen = List.copyOf(redenen);
        }
    }
}
