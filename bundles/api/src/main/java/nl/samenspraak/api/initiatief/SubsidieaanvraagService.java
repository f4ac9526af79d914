package nl.samenspraak.api.initiatief;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.rules.Subsidieaanvraag;

/**
 * Bewonersinitiatieven with a subsidy application, from application through grant (verlening) to settlement
 * (vaststelling), under the subsidy scheme in force on the day the application was submitted.
 *
 * <p>Every method takes the gemeente first and sees only that gemeente's initiatives; authorisation is the
 * caller's job, the {@code door} argument names the user who acts and is recorded. Failures are
 * {@link nl.samenspraak.api.validatie.DomeinException}s (see {@link InitiatiefService}); in every case
 * nothing is stored.
 */
@ProviderType
public interface SubsidieaanvraagService {

    /** Submits an application under a subsidy scheme; the scheme in force on its submission day sets the term. */
    Initiatief dienSubsidieaanvraagIn(String gemeente, NieuweSubsidieaanvraag aanvraag, String door);

    /** The application is incomplete: the applicant is asked to supplement it and the decision clock stops. */
    Initiatief vraagAanvulling(String gemeente, String id, String toelichting, String door);

    /** The applicant supplements the application (all of it, as it now stands); the clock runs again. */
    Initiatief vulAan(String gemeente, String id, NieuweSubsidieaanvraag aanvulling, String door);

    /**
     * Decides on the application by the scheme in force on its submission day. A grant is booked on the budget
     * of the scheme (the one given, or the single one whose period, wijk and scheme fit) in the same
     * transaction; when the budget has no room left (subsidieplafond) the application is refused instead.
     */
    Besluit beslisOpSubsidieaanvraag(String gemeente, String id, Optional<String> budgetId, String door);

    /** The initiative reports its actual costs after the activity. */
    Initiatief verantwoord(String gemeente, String id, Bedrag werkelijkeKosten, String verslag, String door);

    /**
     * Settles the subsidy: by default the lower of the grant and the actual costs. The settled amount is paid
     * and the rest of the grant is released to the budget, in the same transaction.
     */
    Besluit stelSubsidieVast(String gemeente, String id, Optional<Bedrag> bedrag, String door);

    /** An application as parsed from a request (types right, content still to be checked). */
    record NieuweSubsidieaanvraag(String regeling, String titel, String omschrijving, Subsidieaanvraag aanvraag) {
    }
}
