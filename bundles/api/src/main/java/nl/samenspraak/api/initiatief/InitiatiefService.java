package nl.samenspraak.api.initiatief;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Uitdaagverzoek;

/**
 * The lifecycles of initiatives, with the gemeente's rules applied where they decide. Every method takes
 * the gemeente first and sees only that gemeente's initiatives; authorisation is the caller's job, the
 * {@code door} argument names the user who acts and is recorded.
 *
 * <p>Failures: {@link nl.samenspraak.api.validatie.OngeldigeInvoerException} names each field that does not
 * comply; {@link InitiatiefNietGevondenException}; {@link OvergangNietToegestaanException} when the lifecycle
 * does not allow the step (now); {@link nl.samenspraak.api.regels.RegelsOntbrekenException} when no rules are in force for the date
 * that counts; {@link VerzoekGeweigerdException} when the rules refuse a request outright;
 * {@link nl.samenspraak.rules.RegelsOnbruikbaarException} when the rules misbehave. In every case nothing is
 * stored.
 */
@ProviderType
public interface InitiatiefService {

    // --- bewonersinitiatief with subsidieaanvraag

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

    // --- uitdaagrecht

    Initiatief dienUitdaagverzoekIn(String gemeente, NieuwUitdaagverzoek verzoek, String door);

    /** Decides by the ordinance in force on the day the request was received. */
    Besluit beslisOpUitdaagverzoek(String gemeente, String id, String door);

    /**
     * The challenger supplements a request the ordinance found incomplete (as it now stands; the day of
     * receipt stays), and it awaits a besluit again.
     */
    Initiatief vulUitdaagverzoekAan(String gemeente, String id, NieuwUitdaagverzoek aanvulling, String door);

    // --- participatietraject

    Initiatief startTraject(String gemeente, NieuwTraject traject, String door);

    /** Moves the traject to its next phase. */
    Initiatief naarFase(String gemeente, String id, Status fase, String toelichting, String door);

    // --- inspraak

    /**
     * Lays a draft decision ter inzage; the ordinance in force on the first day sets the terms and who may
     * respond, and refuses subjects it excludes from inspraak.
     */
    Initiatief legTerInzage(String gemeente, NieuweInspraak inspraak, String door);

    /**
     * Accepts a zienswijze received on {@code ontvangenOp} when the term and the ordinance's circle allow it.
     */
    Zienswijze dienZienswijzeIn(String gemeente, String inspraakId, NieuweZienswijze zienswijze, String door);

    /** Publishes the reactienota: a general part and an answer to every zienswijze, by zienswijze id. */
    Initiatief stelReactienotaVast(String gemeente, String inspraakId, String tekst, Map<String, String> antwoorden,
            String door);

    // --- reading

    List<Initiatief> list(String gemeente, Filter filter);

    Initiatief get(String gemeente, String id);

    List<Overgang> overgangen(String gemeente, String id);

    List<Besluit> besluiten(String gemeente, String id);

    List<Zienswijze> zienswijzen(String gemeente, String inspraakId);

    List<Deelname> deelnames(String gemeente, String id);

    Deelname voegDeelnemerToe(String gemeente, String id, String gebruiker, Participatierol rol, String door);

    /** Which initiatives to list; an empty field selects all. */
    record Filter(Optional<Initiatiefsoort> soort, Optional<Status> status, Optional<String> wijk,
            Optional<String> initiatiefnemer) {
        public static final Filter ALLE = new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    // --- input, as parsed from a request (types right, content still to be checked)

    record NieuweSubsidieaanvraag(String regeling, String titel, String omschrijving, Subsidieaanvraag aanvraag) {
    }

    record NieuwUitdaagverzoek(String titel, String omschrijving, Optional<String> wijk, Uitdaagverzoek verzoek) {
    }

    record NieuwTraject(String titel, String omschrijving, Optional<String> wijk, Participatieniveau niveau,
            String beleidsterrein) {
    }

    record NieuweInspraak(String titel, String omschrijving, Optional<String> wijk, Besluitsoort besluitsoort,
            Onderwerp onderwerp, LocalDate terInzageVanaf) {
    }

    /**
     * @param ontvangenOp the day it was received
     * @param ingezetene whether the submitter lives in the gemeente
     * @param belanghebbende whether the submitter has an interest in the decision (a business, an organisation)
     * @param leeftijd the submitter's age
     */
    record NieuweZienswijze(String inhoud, LocalDate ontvangenOp, boolean ingezetene, boolean belanghebbende,
            int leeftijd) {
    }
}
