package nl.samenspraak.api.kluis;

import java.time.Instant;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Compartments of short-lived content in the platform's database, so that what one node put away any node can hand
 * out (behind a load balancer the next request may reach another node). The kluis keeps bytes as they are given: a
 * caller that puts away something secret seals it first, with a key the database never sees, and names the
 * compartment so that its name gives nothing away.
 */
@ProviderType
public interface Kluis {

    /** Puts {@code inhoud} in the compartment {@code vak}, until {@code geldigTot}. A compartment is filled once. */
    void leg(String vak, byte[] inhoud, Instant geldigTot);

    /** What the compartment holds at {@code nu}, if it is there and not expired; it stays there. */
    Optional<byte[]> bekijk(String vak, Instant nu);

    /**
     * Empties the compartment.
     *
     * @return whether this call emptied it: of callers at the same time, on any node, exactly one gets {@code true}
     */
    boolean haalLeeg(String vak);

    /**
     * Empties every compartment expired at {@code nu}.
     *
     * @return how many
     */
    int ruimOp(Instant nu);
}
