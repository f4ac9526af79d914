package nl.samenspraak.api.mail;

import org.osgi.annotation.versioning.ProviderType;

import nl.samenspraak.api.validatie.OngeldigeInvoerException;

/**
 * Vote receipts by mail, to an address the voter gives while voting. The receipt names the round, never the ballot:
 * the outbox row holds no voter key, its times are kept to the hour, and its address is erased once it went out, so
 * nothing stored ties an address to a ballot.
 */
@ProviderType
public interface Stembewijzen {

    /**
     * Checks an address before the vote is cast, so a mistyped one refuses nothing but itself.
     *
     * @throws OngeldigeInvoerException naming {@code veld} when it is no e-mail address
     */
    void controleer(String adres, String veld);

    /** Puts a receipt for the round in the outbox, after the ballot was stored. */
    void stuur(String gemeente, String rondeId, String adres);
}
