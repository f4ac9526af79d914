package nl.samenspraak.api.opslag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.FaseException;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.Stem;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException;
import nl.samenspraak.api.wijkbudget.Uitslag;

/**
 * Durable storage of wijkbudget rounds, plans, support, voting passes and ballots. Every row belongs to one
 * gemeente and every method sees only that gemeente's rows. Each method that depends on the round's phase
 * checks it in its own transaction, so a ballot can never land in a round that has been closed.
 */
@ProviderType
public interface WijkbudgetStore {

    Ronde create(String gemeente, Ronde ronde);

    List<Ronde> list(String gemeente);

    Optional<Ronde> find(String gemeente, String rondeId);

    /** Moves the round from {@code van} to {@code naar}; refused ({@link FaseException}) when it is no longer in {@code van}. */
    Ronde naarFase(String gemeente, String rondeId, Fase van, Fase naar);

    /** Stores a plan while the round is in {@link Fase#PLANNEN_INDIENEN}. */
    Plan dienPlanIn(String gemeente, Plan plan);

    List<Plan> plannen(String gemeente, String rondeId);

    /**
     * Records one resident's support for a plan while plans are submitted or support is collected; a second
     * time counts once.
     */
    Plan steun(String gemeente, String rondeId, String planId, String steuner);

    /** Records the feasibility check of a plan during {@link Fase#HAALBAARHEIDSTOETS}. */
    Plan toets(String gemeente, String rondeId, String planId, boolean haalbaar, String toetsing,
            Optional<Bedrag> kosten);

    /**
     * Registers voting passes before the vote closes, by their keyed hashes only.
     *
     * @param pas keyed hash of each pass's voting code (the future voter key)
     * @param kiezer keyed hash of the resident it was issued to, to refuse a second pass; stored apart from
     *        the pass, so no row links a resident to a ballot
     * @return for each position, whether the pass was registered (false: the resident already has one)
     */
    List<Boolean> registreerStempassen(String gemeente, String rondeId, List<String> pas, List<String> kiezer);

    /**
     * Stores a ballot while the round is in {@link Fase#STEMMEN}: a digital ballot only with a registered
     * pass, and at most one per voter key.
     *
     * @throws StemGeweigerdException when the pass is unknown, the voter key has voted, or voting is not open
     */
    Stem stem(String gemeente, String rondeId, Stem stem);

    /**
     * Stores ballots of one round together (a group commit): each is checked and refused as {@link #stem} would,
     * a refused ballot keeps none of the others out, and every ballot not refused is stored when this returns.
     * A store that can, writes them in one transaction; this default stores them one by one.
     *
     * @return for each ballot, at its position: empty when stored, else why not (a {@link StemGeweigerdException}
     *         when refused)
     * @throws RuntimeException when none could be checked (the round is unknown, the database is down)
     */
    default List<Optional<RuntimeException>> stemAlle(String gemeente, String rondeId, List<Stem> stemmen) {
        List<Optional<RuntimeException>> uitkomsten = new ArrayList<>();
        for (Stem stem : stemmen) {
            try {
                stem(gemeente, rondeId, stem);
                uitkomsten.add(Optional.empty());
            } catch (RuntimeException e) {
                uitkomsten.add(Optional.of(e));
            }
        }
        return uitkomsten;
    }

    /**
     * Whether {@link #stem} would take a ballot under this voter key now, storing nothing.
     *
     * @throws StemGeweigerdException as {@link #stem} would
     * @since 1.1
     */
    void controleerStem(String gemeente, String rondeId, String stemmer);

    List<Stem> stemmen(String gemeente, String rondeId);

    /** Closes the round with its result, moving it from {@link Fase#STEMMEN} to {@link Fase#UITSLAG} and booking the grants. */
    Ronde sluit(String gemeente, String rondeId, Uitslag uitslag, List<Boekingsopdracht> boekingen);
}
