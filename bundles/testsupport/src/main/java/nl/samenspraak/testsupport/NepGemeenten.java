package nl.samenspraak.testsupport;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteNietBediendException;
import nl.samenspraak.api.gemeente.GemeenteRecord;
import nl.samenspraak.api.gemeente.GemeenteRegistry;

/** The gemeenten a test lets the platform serve; nothing is stored about them. */
public final class NepGemeenten implements GemeenteRegistry {

    private final Map<String, Gemeente> gemeenten = new TreeMap<>();

    public NepGemeenten(Gemeente... gemeenten) {
        Arrays.stream(gemeenten).forEach(g -> this.gemeenten.put(g.code(), g));
    }

    @Override
    public List<Gemeente> list() {
        return List.copyOf(gemeenten.values());
    }

    @Override
    public Optional<Gemeente> find(String code) {
        return Optional.ofNullable(gemeenten.get(code));
    }

    @Override
    public Optional<GemeenteRecord> registratie(String code) {
        find(code).orElseThrow(() -> new GemeenteNietBediendException(code));
        return Optional.empty();
    }
}
