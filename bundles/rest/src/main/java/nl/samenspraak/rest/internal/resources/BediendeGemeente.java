package nl.samenspraak.rest.internal.resources;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.rest.internal.problem.ProblemException;

/**
 * The gemeente a request names in its path, or 404 when the platform does not serve it.
 */
final class BediendeGemeente {

    private BediendeGemeente() {
    }

    static Gemeente vind(GemeenteRegistry registry, String code) {
        return registry.find(code).orElseThrow(
                () -> new ProblemException(404, "Het platform bedient geen gemeente met code '" + code + "'"));
    }
}
