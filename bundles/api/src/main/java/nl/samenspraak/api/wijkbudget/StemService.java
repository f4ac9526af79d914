package nl.samenspraak.api.wijkbudget;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import nl.samenspraak.rules.Reden;

/**
 * Personal voting codes and digital ballots of a wijkbudget round.
 *
 * <p>Voting codes are the voters' only credential. They are returned once, when issued, and stored only as
 * a keyed hash; the ballot is stored under that hash (the voter key), never beside the resident's identity.
 * One ballot per code: a second ballot with the same code is refused, not replaced (a cast ballot is final,
 * as in a ballot box). A refused ballot is a {@link StemGeweigerdException} saying why.
 */
@ProviderType
public interface StemService {

    /**
     * Issues a personal voting code to each resident the round's set-up allows (age on the first day of
     * voting, living in the wijk), and refuses the others with the article.
     */
    Stempassen geefStempassenUit(String gemeente, String rondeId, List<Kiezer> kiezers, String door);

    /** Casts a ballot with a voting code; returns the stored ballot, whose voter key is the receipt. */
    Stem stem(String gemeente, String rondeId, String stemcode, List<String> plannen, Map<String, Integer> punten);

    /**
     * As {@link #stem(String, String, String, List, Map)}, for a request from this client address: wrong codes are
     * counted per round and per address, and past a limit refused for a while without being checked.
     *
     * @throws nl.samenspraak.api.validatie.TeVaakGeprobeerdException while the round or the address must wait
     * @since 2.1
     */
    default Stem stem(String gemeente, String rondeId, String stemcode, List<String> plannen, Map<String, Integer> punten,
            String clientadres) {
        return stem(gemeente, rondeId, stemcode, plannen, punten);
    }

    /** A resident to issue a voting code to, as the gemeente's registry knows them. */
    record Kiezer(String kenmerk, LocalDate geboortedatum, String wijk) {
    }

    record Stempassen(Map<String, String> uitgegeven, Map<String, Reden> geweigerd) {
    }
}
