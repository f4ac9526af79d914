package nl.samenspraak.api.initiatief;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.samenspraak.rules.Uitdaagverzoek;

/**
 * Right to Challenge (uitdaagrecht): residents ask to take over a municipal task; the ordinance in force on
 * the day the request was received decides.
 *
 * <p>Every method takes the gemeente first and sees only that gemeente's initiatives; authorisation is the
 * caller's job, the {@code door} argument names the user who acts and is recorded. Failures are
 * {@link nl.samenspraak.api.validatie.DomeinException}s (see {@link InitiatiefService}); in every case
 * nothing is stored.
 */
@ProviderType
public interface UitdaagverzoekService {

    Initiatief dienUitdaagverzoekIn(String gemeente, NieuwUitdaagverzoek verzoek, String door);

    /** Decides by the ordinance in force on the day the request was received. */
    Besluit beslisOpUitdaagverzoek(String gemeente, String id, String door);

    /**
     * The challenger supplements a request the ordinance found incomplete (as it now stands; the day of
     * receipt stays), and it awaits a besluit again.
     */
    Initiatief vulUitdaagverzoekAan(String gemeente, String id, NieuwUitdaagverzoek aanvulling, String door);

    /** A request as parsed from a request (types right, content still to be checked). */
    record NieuwUitdaagverzoek(String titel, String omschrijving, Optional<String> wijk, Uitdaagverzoek verzoek) {
    }
}
