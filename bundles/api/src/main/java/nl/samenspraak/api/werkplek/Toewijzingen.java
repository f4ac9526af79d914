package nl.samenspraak.api.werkplek;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Assigning items of a gemeente's werkvoorraad to its civil servants. Every method takes the gemeente first and sees
 * only that gemeente's assignments; authorisation, and that the item exists, is the caller's job.
 */
@ProviderType
public interface Toewijzingen {

    /**
     * Assigns an item to a civil servant, replacing an earlier assignment; every assignment is kept in its history.
     *
     * @throws nl.samenspraak.api.validatie.OngeldigeInvoerException field {@code aan} when the user name is blank
     *         or longer than 200 characters; nothing is stored then
     */
    Toewijzing wijsToe(String gemeente, String zaak, String aan, String door);

    /** The current assignment of each item that has one, by item id. */
    Map<String, Toewijzing> huidige(String gemeente);

    /** Every assignment of one item, oldest first. */
    List<Toewijzing> geschiedenis(String gemeente, String zaak);
}
