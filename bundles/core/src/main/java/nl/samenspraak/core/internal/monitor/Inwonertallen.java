package nl.samenspraak.core.internal.monitor;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.api.monitor.Inwonertal;
import nl.samenspraak.api.monitor.Monitorinstellingen;

/**
 * The inhabitants per wijk of every gemeente and whether it takes part in the benchmark, as
 * {@link InwonertalConfiguratie} read them from its configuration.
 */
@Component(service = { Monitorinstellingen.class, Inwonertallen.class })
public class Inwonertallen implements Monitorinstellingen {

    private final Map<String, List<Inwonertal>> perGemeente = new ConcurrentHashMap<>();
    private final java.util.Set<String> benchmark = ConcurrentHashMap.newKeySet();

    @Override
    public List<Inwonertal> inwonertallen(String gemeente) {
        return perGemeente.getOrDefault(gemeente, List.of());
    }

    @Override
    public boolean doetMeeAanBenchmark(String gemeente) {
        return benchmark.contains(gemeente);
    }

    void zet(String gemeente, List<Inwonertal> tallen) {
        perGemeente.put(gemeente, List.copyOf(tallen));
    }

    void benchmark(String gemeente, boolean doetMee) {
        if (doetMee) {
            benchmark.add(gemeente);
        } else {
            benchmark.remove(gemeente);
        }
    }

    void verwijder(String gemeente) {
        perGemeente.remove(gemeente);
        benchmark.remove(gemeente);
    }
}
