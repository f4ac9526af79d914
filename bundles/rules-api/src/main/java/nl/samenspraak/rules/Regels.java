package nl.samenspraak.rules;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Common to every rules service of a gemeente.
 */
@ConsumerType
public interface Regels {

    /**
     * Service property naming whom these rules are for: a CBS gemeente code such as {@code GM0518}, or
     * {@value #MODEL} for the model rules a gemeente may adopt through its configuration.
     */
    String GEMEENTE = "gemeente";

    /** The key of the model rules, see {@link #GEMEENTE}. */
    String MODEL = "model";

    RegelsInfo info();
}
