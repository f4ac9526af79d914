package nl.samenspraak.api.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The durable outbox. The stores put the messages of a domain event in it within that event's transaction;
 * {@link #plaats} is for messages that follow no stored event (a vote receipt, the daily digests). Several
 * nodes may send from one outbox: a message is handed to one of them at a time by {@link #claim}.
 */
@ProviderType
public interface Outbox {

    /** Stores a message, joining the transaction running on this thread if there is one. */
    Bericht plaats(NieuwBericht bericht, Instant op);

    /**
     * Stores a message under a key of the caller's choosing (at most 36 characters), unless one with that key exists:
     * the database's primary key makes a job that several nodes run at the same moment (a daily digest) place its
     * message once. Returns whether this call placed it.
     */
    boolean plaatsEenmalig(String sleutel, NieuwBericht bericht, Instant op);

    /**
     * Hands at most {@code max} messages that are due to this node: waiting ones whose next attempt has come, and
     * ones another node claimed longer than {@code lease} ago (it died while sending). Each is claimed by a
     * conditional update, so two nodes never get the same message.
     */
    List<Bericht> claim(String node, Instant nu, Duration lease, int max);

    /**
     * Gives up the claims {@code node} holds: called by a node as it starts, since a claim it holds then was left
     * by its previous run, which died while sending. Returns how many were released.
     */
    int geefVrij(String node);

    /** The SMTP server accepted the message. */
    void verzonden(String id, Instant op);

    /** The attempt failed; the message waits until {@code volgende}. */
    void mislukt(String id, String fout, Instant volgende);

    /** The message will never go out, for the reason given. */
    void vervallen(String id, String waarom);

    Optional<Bericht> find(String id);

    /** The newest messages first, of one status or all. */
    List<Bericht> lijst(Optional<Berichtstatus> status, int max);

    /** The number of messages per status. */
    Map<Berichtstatus, Long> telling();

    /** The user wants this kind once a day: the claimed message waits for their daily overview instead. */
    void stelUit(String id);

    /** At most {@code max} messages waiting for a daily overview that were made before {@code voor}, oldest first. */
    List<Bericht> uitgesteld(Instant voor, int max);

    /**
     * Places a daily overview under a key (as {@link #plaatsEenmalig}) and, in the same transaction, marks the
     * messages it tells as {@link Berichtstatus#GEBUNDELD}. Nothing changes when the key exists or when one of the
     * messages no longer waits for an overview (another node bundled it): each message is told in one overview.
     * Returns whether this call placed it.
     */
    boolean bundel(String sleutel, NieuwBericht overzicht, List<String> ids, Instant op);

    /**
     * Makes a waiting or expired message due now. Refused (false) for one that went out, is being sent
     * or was told in a daily overview.
     */
    boolean opnieuw(String id, Instant nu);

}
