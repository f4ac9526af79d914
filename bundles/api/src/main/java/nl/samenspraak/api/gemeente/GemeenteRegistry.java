package nl.samenspraak.api.gemeente;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The gemeenten the platform serves right now. Gemeenten come and go with their configuration while the
 * platform runs, so callers look them up per request and keep no copies.
 */
@ProviderType
public interface GemeenteRegistry {

    /** All configured gemeenten, ordered by code. */
    List<Gemeente> list();

    Optional<Gemeente> find(String code);

    /**
     * What the platform has stored about a gemeente it serves: since when, and when its configuration last
     * changed. Empty until the first configuration has been stored (the database may come up later).
     *
     * @throws GemeenteNietBediendException when the platform serves no gemeente with this code
     */
    Optional<GemeenteRecord> registratie(String code);
}
