package nl.samenspraak.api.initiatief;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Onderwerp;

/**
 * Inspraak: a draft decision lies ter inzage, residents submit zienswijzen within the term, and the gemeente
 * answers each in a reactienota, all under the ordinance in force on the first day ter inzage.
 *
 * <p>Every method takes the gemeente first and sees only that gemeente's initiatives; authorisation is the
 * caller's job, the {@code door} argument names the user who acts and is recorded. Failures are
 * {@link nl.samenspraak.api.validatie.DomeinException}s (see {@link InitiatiefService}); in every case
 * nothing is stored.
 */
@ProviderType
public interface InspraakService {

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

    List<Zienswijze> zienswijzen(String gemeente, String inspraakId);

    /** A draft decision as parsed from a request (types right, content still to be checked). */
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
