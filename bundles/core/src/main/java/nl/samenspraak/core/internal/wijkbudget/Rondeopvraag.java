package nl.samenspraak.core.internal.wijkbudget;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteNietBediendException;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.opslag.WijkbudgetStore;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeNietGevondenException;

/** Finding the gemeente and one of its rounds; another gemeente's round looks like none at all. */
final class Rondeopvraag {

    private final WijkbudgetStore store;
    private final GemeenteRegistry gemeenten;

    Rondeopvraag(WijkbudgetStore store, GemeenteRegistry gemeenten) {
        this.store = store;
        this.gemeenten = gemeenten;
    }

    Gemeente gemeente(String code) {
        return gemeenten.find(code).orElseThrow(() -> new GemeenteNietBediendException(code));
    }

    Ronde get(String gemeente, String rondeId) {
        gemeente(gemeente);
        return store.find(gemeente, rondeId).orElseThrow(() -> new RondeNietGevondenException(gemeente, rondeId));
    }
}
