package nl.samenspraak.api.websessie;

import java.time.Instant;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where the sessions of the pages live: in the platform's database, so that behind a load balancer any node
 * serves any browser, and a node that restarts signs nobody out. When a session ends is the pages' rule; this
 * store keeps, finds and forgets them.
 */
@ProviderType
public interface Websessies {

    void bewaar(Websessie sessie);

    Optional<Websessie> vind(String sleutel);

    /** Records that the session was used at {@code op}. */
    void gebruikt(String sleutel, Instant op);

    void verwijder(String sleutel);

    /**
     * Forgets every session last used before {@code ongebruiktSinds} or begun before {@code begonnenVoor}.
     *
     * @return how many were forgotten
     */
    int verwijderVerlopen(Instant ongebruiktSinds, Instant begonnenVoor);
}
