package nl.samenspraak.api.wijkbudget;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.rules.Reden;

/**
 * Wijkbudget rounds end to end: residents submit and support plans, the gemeente checks feasibility and
 * issues personal voting codes to the residents its rules allow, residents vote with their code, and closing
 * the round runs the allocation process of the gemeente's rules and books the funded plans on the wijk's
 * budget. Authorisation is the caller's job; {@code door} names the acting user and is recorded.
 *
 * <p>Voting codes are the voters' only credential. They are returned once, when issued, and stored only as
 * a keyed hash; the ballot is stored under that hash (the voter key), never beside the resident's identity.
 * One ballot per code: a second ballot with the same code is refused, not replaced (a cast ballot is final,
 * as in a ballot box).
 */
@ProviderType
public interface WijkbudgetService {

    /**
     * Opens a round for a wijk with the allocation process the gemeente's rules in force today prescribe for
     * that wijk (the one named, or the only one there is).
     */
    Ronde open(String gemeente, NieuweRonde ronde, String door);

    List<Ronde> list(String gemeente);

    Ronde get(String gemeente, String rondeId);

    /** Moves the round forward to {@code naar}; voting closes only through {@link #sluit}. */
    Ronde naarFase(String gemeente, String rondeId, Fase naar, String door);

    Plan dienPlanIn(String gemeente, String rondeId, NieuwPlan plan, String door);

    List<Plan> plannen(String gemeente, String rondeId);

    Plan steun(String gemeente, String rondeId, String planId, String door);

    Plan toets(String gemeente, String rondeId, String planId, Boolean haalbaar, String toetsing, Optional<Bedrag> kosten,
            String door);

    /**
     * Issues a personal voting code to each resident the round's set-up allows (age on the first day of
     * voting, living in the wijk), and refuses the others with the article.
     */
    Stempassen geefStempassenUit(String gemeente, String rondeId, List<Kiezer> kiezers, String door);

    /** Casts a ballot with a voting code; returns the stored ballot, whose voter key is the receipt. */
    Stem stem(String gemeente, String rondeId, String stemcode, List<String> plannen, Map<String, Integer> punten);

    /**
     * Imports paper ballots, each with the voting code of its paper pass so that nobody votes twice across
     * channels. Formats: CSV ({@code stemcode;plan-id,plan-id,...} or {@code stemcode;plan-id:punten,...}) or a
     * Pabulib {@code .pb} file whose voter ids are the voting codes.
     */
    Import importeerPapierenStemmen(String gemeente, String rondeId, String inhoud, String door);

    /** Closes voting: runs the allocation process, stores the result and books the funded plans. */
    Ronde sluit(String gemeente, String rondeId, String door);

    /** The round as a Pabulib {@code .pb} file with pseudonymous voter ids, to recount with any tool. */
    String alsPabulib(String gemeente, String rondeId);

    record NieuweRonde(String titel, String wijk, Bedrag bedrag, String budgetId, Optional<String> proces,
            Map<Fase, LocalDate> planning) {
    }

    record NieuwPlan(String titel, String omschrijving, Bedrag geschatteKosten) {
    }

    /** A resident to issue a voting code to, as the gemeente's registry knows them. */
    record Kiezer(String kenmerk, LocalDate geboortedatum, String wijk) {
    }

    record Stempassen(Map<String, String> uitgegeven, Map<String, Reden> geweigerd) {
    }

    record Import(int ingelezen, Map<Integer, String> geweigerd) {
    }
}
