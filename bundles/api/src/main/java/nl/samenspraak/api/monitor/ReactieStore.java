package nl.samenspraak.api.monitor;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Durable storage of responses and self-evaluations, for {@link VragenlijstService}. Every row belongs to one
 * gemeente and every method sees only that gemeente's rows. A response is stored with its pseudonymous token
 * ({@code deelnemer}), which the store never returns.
 */
@ProviderType
public interface ReactieStore {

    /**
     * Stores a response unless this token already answered this questionnaire (checked by a unique key, so two
     * racing responses cannot both be stored).
     *
     * @throws AlBeantwoordException when it did
     */
    void bewaar(String gemeente, String deelnemer, Reactie reactie);

    boolean heeftGeantwoord(String gemeente, String vragenlijst, String deelnemer);

    /** The responses to every questionnaire on this subject. */
    List<Reactie> reacties(String gemeente, String onderwerp);

    /** Every response of the gemeente. */
    List<Reactie> reacties(String gemeente);

    /** Stores the self-evaluation, replacing the traject's earlier one. */
    Zelfevaluatie bewaar(String gemeente, Zelfevaluatie zelfevaluatie);

    Optional<Zelfevaluatie> zelfevaluatie(String gemeente, String traject);

    List<Zelfevaluatie> zelfevaluaties(String gemeente);
}
