package nl.samenspraak.api.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.samenspraak.api.initiatief.Participatieniveau;

/**
 * Questionnaires for participants and the project leader's view of their answers.
 *
 * <p>A response is stored under a pseudonymous token only: a keyed hash of the questionnaire and the participant
 * (their account, or their vote receipt), never their name or the receipt itself. The database refuses a second
 * response with the same token; the gemeente, which has no key, cannot turn a token back into a person or a
 * ballot. Every method takes the gemeente first and sees only its questionnaires. Failures are
 * {@link nl.samenspraak.api.validatie.DomeinException}s: invalid answers, {@link VragenlijstNietGevondenException},
 * {@link GeenDeelnemerException}, {@link AlBeantwoordException}; in every case nothing is stored.
 */
@ProviderType
public interface VragenlijstService {

    /** The questionnaires on an initiative or wijkbudget round whose occasion has happened, oldest first. */
    List<Vragenlijst> vragenlijsten(String gemeente, String onderwerp);

    /** The questionnaires whose occasion has happened and that this signed-in user may answer and has not yet. */
    List<Vragenlijst> openVoor(String gemeente, String gebruiker);

    /**
     * The questionnaires on one subject that this signed-in user may answer and has not yet: what the subject's page
     * invites them to. Empty for a subject they did not take part in, and for a wijkbudget round (answered by receipt).
     */
    List<Vragenlijst> openVoor(String gemeente, String gebruiker, String onderwerp);

    Vragenlijst vragenlijst(String gemeente, String id);

    /** A signed-in participant of the subject answers. */
    void beantwoord(String gemeente, String vragenlijstId, Invulling invulling, String gebruiker);

    /** A voter of a wijkbudget round answers with the receipt of their ballot, without an account. */
    void beantwoordMetOntvangstbewijs(String gemeente, String vragenlijstId, Invulling invulling, String ontvangstbewijs);

    /**
     * The questionnaires whose occasion was recorded from {@code van} (included) to {@code tot} (excluded), oldest
     * first, each with the participants it invites. For a sender of invitations that runs now and then: it asks for
     * the time since its previous run, and may ask for a window again (after a crash) as long as it sends each
     * invitation once (e.g. with {@code Outbox.plaatsEenmalig}).
     */
    List<Uitnodiging> uitnodigingen(String gemeente, Instant van, Instant tot);

    /** Whether this signed-in user already answered. */
    boolean heeftGeantwoord(String gemeente, String vragenlijstId, String gebruiker);

    /** What the participants of a subject answered, with the project leader's self-evaluation beside it. */
    Reactieoverzicht overzicht(String gemeente, String onderwerp);

    /** Stores (or replaces) the self-evaluation of a participatietraject. */
    Zelfevaluatie evalueer(String gemeente, String traject, NieuweZelfevaluatie evaluatie, String door);

    Optional<Zelfevaluatie> zelfevaluatie(String gemeente, String traject);

    /**
     * Answers as parsed from a form or request (types right, completeness still to be checked): a missing statement
     * or rapportcijfer is {@code null}; the open answers may be {@code null} or blank.
     */
    record Invulling(java.util.Map<Stelling, Oordeel> oordelen, Integer cijferProces, Integer cijferResultaat,
            Nogmaals nogmaals, String goed, String beter) {
    }

    /** A self-evaluation as parsed from a request (types right, completeness still to be checked). */
    record NieuweZelfevaluatie(java.util.Map<Stelling, Oordeel> oordelen, Typering.Participatiesoort soort,
            Participatieniveau niveau, Typering.Schaal schaal, Integer duurInWeken, Typering.Beslisser beslisser) {
    }
}
