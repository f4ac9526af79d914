package nl.samenspraak.api.initiatief;

import java.util.Objects;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.rules.Beoordeling.Uitkomst;
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

    /**
     * The applicant supplements the application (all of it, as it now stands): its titel, omschrijving, wijk and
     * particulars replace those before, and the dossier names each field that changed. The regeling and the day of
     * submission decide which rules apply and cannot change (refused naming the field). The clock runs again.
     */
    Initiatief vulAan(String gemeente, String id, NieuweSubsidieaanvraag aanvulling, String door);

    /**
     * Decides on the application by the scheme in force on its submission day. A grant is booked on the budget
     * of the scheme (the one given, or the single one whose period, wijk and scheme fit) in the same
     * transaction; when the budget has no room left (subsidieplafond) the application is refused instead.
     */
    default Besluit beslisOpSubsidieaanvraag(String gemeente, String id, Optional<String> budgetId, String door) {
        return beslisOpSubsidieaanvraag(gemeente, id, budgetId, Optional.empty(), door);
    }

    /**
     * Decides on the application as {@link #beslisOpSubsidieaanvraag(String, String, Optional, String)} does, or,
     * with an {@link Afwijking}, with another outcome than the rules advise: the besluit then carries the rules'
     * reasons and the written motivation of the deviation (art. 3:46 Awb), so it stays explainable. An afwijking
     * that matches the advice is no deviation and needs no motivation.
     */
    Besluit beslisOpSubsidieaanvraag(String gemeente, String id, Optional<String> budgetId, Optional<Afwijking> afwijking,
            String door);

    /**
     * What the scheme in force on the day of submission advises on an application, with each reason's article,
     * and the budget a grant would be booked on (or why there is none). Nothing is decided or stored.
     */
    Subsidieadvies advies(String gemeente, String id);

    /** The initiative reports its actual costs after the activity. */
    Initiatief verantwoord(String gemeente, String id, Bedrag werkelijkeKosten, String verslag, String door);

    /**
     * Settles the subsidy: by default the lower of the grant and the actual costs. The settled amount is paid
     * and the rest of the grant is released to the budget, in the same transaction.
     */
    Besluit stelSubsidieVast(String gemeente, String id, Optional<Bedrag> bedrag, String door);

    /**
     * A civil servant's decision that departs from the rules' advice.
     *
     * @param uitkomst {@code TOEGEKEND} or {@code AFGEWEZEN} (an aanvulling is asked with {@link #vraagAanvulling})
     * @param bedrag the amount granted, for {@code TOEGEKEND}: more than 0 and at most the amount applied for;
     *        empty means the rules' amount, or else the amount applied for
     * @param motivering why the decision departs from the advice, recorded in the besluit
     */
    record Afwijking(Uitkomst uitkomst, Optional<Bedrag> bedrag, String motivering) {

        public Afwijking {
            Objects.requireNonNull(uitkomst, "uitkomst");
            Objects.requireNonNull(bedrag, "bedrag");
            motivering = motivering == null ? "" : motivering;
        }
    }

    /** An application as parsed from a request (types right, content still to be checked). */
    record NieuweSubsidieaanvraag(String regeling, String titel, String omschrijving, Subsidieaanvraag aanvraag) {
    }
}
