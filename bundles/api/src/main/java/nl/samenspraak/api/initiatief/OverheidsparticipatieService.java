package nl.samenspraak.api.initiatief;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How the gemeente takes part in its residents' initiatives ({@link Overheidsparticipatie}). Every change is kept
 * with who made it and when; the newest is what holds. Every method takes the gemeente first and sees only that
 * gemeente's initiatives; authorisation is the caller's job.
 *
 * @since 2.2
 */
@ProviderType
public interface OverheidsparticipatieService {

    /**
     * Records how the gemeente takes part now, replacing what held before (which stays in the history).
     *
     * @throws InitiatiefNietGevondenException when the gemeente has no such residents' initiative
     * @throws nl.samenspraak.api.validatie.OngeldigeInvoerException naming each field that is missing or too long;
     *         nothing is stored
     */
    Overheidsparticipatie legVast(String gemeente, String initiatief, NieuweOverheidsparticipatie deelname, String door);

    Optional<Overheidsparticipatie> huidige(String gemeente, String initiatief);

    /** Every recorded version, oldest first. */
    List<Overheidsparticipatie> geschiedenis(String gemeente, String initiatief);

    record NieuweOverheidsparticipatie(Overheidsparticipatie.Rol rol, Set<Overheidsparticipatie.Bijdrage> bijdragen,
            String toelichting, String contactpersoon, String contact) {
    }
}
