package nl.samenspraak.api.monitor;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The indicators of one gemeente, computed on request from what the platform recorded. Failures are
 * {@link nl.samenspraak.api.validatie.DomeinException}s (an invalid filter, a gemeente not served).
 */
@ProviderType
public interface ParticipatiemonitorService {

    /** Every indicator, in a stable order, for the records the filter selects. */
    List<Indicator> indicatoren(String gemeente, Monitorfilter filter);
}
