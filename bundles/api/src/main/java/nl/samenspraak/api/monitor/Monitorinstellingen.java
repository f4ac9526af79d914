package nl.samenspraak.api.monitor;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** What a gemeente's configuration says for its monitor: the inhabitants per wijk, and whether it shares its figures. */
@ProviderType
public interface Monitorinstellingen {

    /** The wijken whose inhabitants are configured, by wijk code; empty for a gemeente that configured none. */
    List<Inwonertal> inwonertallen(String gemeente);

    /** Whether the gemeente opted in to the benchmark ({@code monitor.benchmark = true}). */
    boolean doetMeeAanBenchmark(String gemeente);
}
