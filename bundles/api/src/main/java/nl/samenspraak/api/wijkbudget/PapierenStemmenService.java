package nl.samenspraak.api.wijkbudget;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Paper ballots of a wijkbudget round, counted with the digital ones: each carries the voting code of its
 * paper pass, so that nobody votes twice across channels.
 */
@ProviderType
public interface PapierenStemmenService {

    /**
     * Imports paper ballots. Formats: CSV ({@code stemcode;plan-id,plan-id,...} or
     * {@code stemcode;plan-id:punten,...}) or a Pabulib {@code .pb} file whose voter ids are the voting codes.
     * A ballot that is refused does not stop the others; the answer says which line was refused and why.
     */
    Import importeerPapierenStemmen(String gemeente, String rondeId, String inhoud, String door);

    /**
     * What {@link #importeerPapierenStemmen} would do with this file now, storing nothing: how many ballots it would
     * read and which lines it would refuse and why (a ballot that does not fit the ballot paper, an unknown code, a
     * code that has voted, also earlier in the same file). A malformed file is refused as a whole, as by the import.
     *
     * @since 2.2
     */
    Import controleerPapierenStemmen(String gemeente, String rondeId, String inhoud);

    record Import(int ingelezen, Map<Integer, String> geweigerd) {
    }
}
