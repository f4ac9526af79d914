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

    /**
     * The key figures of one subject (a participatietraject, inspraak, application or request, or wijkbudget round):
     * the gemeente's indicators read from the records that concern its kind, computed over that subject alone and over
     * all time, under the same keys. The questionnaires' figures are in {@link VragenlijstService#overzicht}.
     *
     * @throws nl.samenspraak.api.initiatief.InitiatiefNietGevondenException when the gemeente has no such subject
     */
    List<Indicator> kerncijfers(String gemeente, String onderwerp);

    /**
     * The gemeente's figures beside the median of the other gemeenten that opted in (in their configuration), for
     * the figures every gemeente has (not those per round or traject). The filter's wijk is left out: other
     * gemeenten have other wijken.
     *
     * @throws BenchmarkNietGekozenException when this gemeente did not opt in
     */
    List<Vergelijking> benchmark(String gemeente, Monitorfilter filter);
}
