package nl.samenspraak.api.initiatief;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Participatietrajecten: the gemeente involves residents in its own policy, at a level of the
 * participatieladder, phase by phase.
 *
 * <p>Every method takes the gemeente first and sees only that gemeente's initiatives; authorisation is the
 * caller's job, the {@code door} argument names the user who acts and is recorded. Failures are
 * {@link nl.samenspraak.api.validatie.DomeinException}s (see {@link InitiatiefService}); in every case
 * nothing is stored.
 */
@ProviderType
public interface ParticipatietrajectService {

    Initiatief startTraject(String gemeente, NieuwTraject traject, String door);

    /** Moves the traject to its next phase. */
    Initiatief naarFase(String gemeente, String id, Status fase, String toelichting, String door);

    /** A traject as parsed from a request (types right, content still to be checked). */
    record NieuwTraject(String titel, String omschrijving, Optional<String> wijk, Participatieniveau niveau,
            String beleidsterrein) {
    }
}
