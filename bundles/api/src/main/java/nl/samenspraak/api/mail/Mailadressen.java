package nl.samenspraak.api.mail;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Each user's address and wishes. Removing the address removes the wishes with it. */
@ProviderType
public interface Mailadressen {

    Optional<Mailadres> van(String gebruiker);

    /** Adds or changes the user's address, keeping their wishes. */
    Mailadres bewaar(String gebruiker, String adres);

    /** Sets how often the user wants one kind of mail; works with or without an address. */
    void stelIn(String gebruiker, Mailsoort soort, Frequentie frequentie);

    /** Removes the address and every wish; messages still waiting for the user then lapse. */
    void verwijder(String gebruiker);
}
