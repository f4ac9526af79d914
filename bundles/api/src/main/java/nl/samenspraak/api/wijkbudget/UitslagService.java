package nl.samenspraak.api.wijkbudget;

import org.osgi.annotation.versioning.ProviderType;

/** The result of a wijkbudget round, and the round as open data to recount. */
@ProviderType
public interface UitslagService {

    /**
     * Closes voting: runs the allocation process of the rules the round was opened under, stores the result
     * with its explanation and books the funded plans on the wijk's budget, in one transaction.
     */
    Ronde sluit(String gemeente, String rondeId, String door);

    /** The round as a Pabulib {@code .pb} file with pseudonymous voter ids, to recount with any tool. */
    String alsPabulib(String gemeente, String rondeId);
}
