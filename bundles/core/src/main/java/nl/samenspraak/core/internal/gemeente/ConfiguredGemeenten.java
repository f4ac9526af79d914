package nl.samenspraak.core.internal.gemeente;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteNietBediendException;
import nl.samenspraak.api.gemeente.GemeenteRecord;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.opslag.GemeenteStore;

/**
 * The gemeenten configured right now. Each configuration (by PID) offers one gemeente; when two offer the
 * same code, the one configured first serves and the other is refused until the first goes away. Reads are
 * lock free: they see an immutable snapshot that every change replaces.
 */
@Component(service = { GemeenteRegistry.class, ConfiguredGemeenten.class })
public class ConfiguredGemeenten implements GemeenteRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredGemeenten.class);

    /** Insertion order is configuration order: the first PID offering a code serves it. */
    private final Map<String, Gemeente> byPid = new LinkedHashMap<>();
    /** By PID: the certificate fingerprints its gemeente trusts to sign its rules bundles (normalised). */
    private final Map<String, Set<String>> leveranciersByPid = new LinkedHashMap<>();
    private volatile Map<String, Set<String>> leveranciers = Map.of();
    private volatile Map<String, Gemeente> serving = Map.of();
    private volatile GemeenteStore store;
    private final Clock clock;

    public ConfiguredGemeenten() {
        this(Clock.systemUTC());
    }

    ConfiguredGemeenten(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Gemeente> list() {
        return List.copyOf(serving.values());
    }

    @Override
    public Optional<Gemeente> find(String code) {
        return Optional.ofNullable(serving.get(code));
    }

    @Override
    public Optional<GemeenteRecord> registratie(String code) {
        find(code).orElseThrow(() -> new GemeenteNietBediendException(code));
        GemeenteStore current = store;
        return current == null ? Optional.empty() : current.find(code);
    }

    synchronized boolean has(String pid) {
        return byPid.containsKey(pid);
    }

    /**
     * The SHA-256 fingerprints (lower-case hexadecimal) of the certificates the gemeente with this code trusts to
     * sign its rules bundles; empty when it trusts none, or is not served.
     */
    public Set<String> leveranciers(String code) {
        return leveranciers.getOrDefault(code, Set.of());
    }

    synchronized void configure(String pid, Gemeente gemeente) {
        configure(pid, gemeente, Set.of());
    }

    synchronized void configure(String pid, Gemeente gemeente, Set<String> vertrouwd) {
        leveranciersByPid.put(pid, Set.copyOf(vertrouwd));
        Optional<String> holder = servingPid(gemeente.code()).filter(p -> !p.equals(pid));
        boolean added = byPid.put(pid, gemeente) == null;
        if (holder.isPresent()) {
            LOG.error("Gemeente configuration {} refused: code {} is already configured by {}; it serves {} only "
                    + "once that configuration is removed. Other gemeenten are not affected.", pid, gemeente.code(),
                    holder.get(), gemeente.code());
        } else {
            LOG.info("Gemeente {} ({}) {} by {} with {} wijken", gemeente.code(), gemeente.naam(),
                    added ? "added" : "updated", pid, gemeente.wijken().size());
        }
        publish();
    }

    synchronized void remove(String pid) {
        leveranciersByPid.remove(pid);
        if (byPid.remove(pid) != null) {
            publish();
        }
    }

    private Optional<String> servingPid(String code) {
        return byPid.entrySet().stream().filter(e -> e.getValue().code().equals(code)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** Replaces the snapshot and records in the store what changed in it. */
    private void publish() {
        Map<String, Gemeente> previous = serving;
        Map<String, Gemeente> next = new TreeMap<>();
        byPid.values().forEach(g -> next.putIfAbsent(g.code(), g));
        serving = Collections.unmodifiableMap(next);
        Map<String, Set<String>> vertrouwd = new TreeMap<>();
        next.forEach((code, gemeente) -> byPid.entrySet().stream().filter(e -> e.getValue() == gemeente).findFirst()
                .ifPresent(e -> vertrouwd.put(code, leveranciersByPid.getOrDefault(e.getKey(), Set.of()))));
        leveranciers = Collections.unmodifiableMap(vertrouwd);

        next.forEach((code, gemeente) -> {
            if (previous.get(code) != gemeente) {
                withStore(s -> s.recordConfigured(gemeente, clock.instant()));
            }
        });
        previous.keySet().stream().filter(code -> !next.containsKey(code)).forEach(code -> {
            LOG.info("Gemeente {} is no longer served; its stored data is kept", code);
            withStore(s -> s.recordRemoved(code, clock.instant()));
        });
    }

    private void withStore(Consumer<GemeenteStore> action) {
        GemeenteStore current = store;
        if (current == null) {
            return; // bindStore records the gemeenten served when the store arrives
        }
        try {
            action.accept(current);
        } catch (RuntimeException e) {
            LOG.warn("Could not record a gemeente change in the database; the gemeente is served regardless", e);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    synchronized void bindStore(GemeenteStore newStore) {
        store = newStore;
        serving.values().forEach(g -> withStore(s -> s.recordConfigured(g, clock.instant())));
    }

    synchronized void unbindStore(GemeenteStore oldStore) {
        if (store == oldStore) {
            store = null;
        }
    }
}
