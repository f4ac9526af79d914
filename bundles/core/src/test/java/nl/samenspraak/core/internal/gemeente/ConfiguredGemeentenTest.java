package nl.samenspraak.core.internal.gemeente;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRecord;
import nl.samenspraak.api.opslag.GemeenteStore;

public class ConfiguredGemeentenTest {

    private final ConfiguredGemeenten registry =
            new ConfiguredGemeenten(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private final RecordingStore store = new RecordingStore();

    @Test
    public void servesConfiguredGemeentenByCode() {
        registry.configure("pid-b", gemeente("GM0518", "Den Haag"));
        registry.configure("pid-a", gemeente("GM0222", "Doetinchem"));
        assertEquals(List.of("GM0222", "GM0518"), registry.list().stream().map(Gemeente::code).toList());
        assertEquals("Den Haag", registry.find("GM0518").orElseThrow().naam());
    }

    @Test
    public void updateReplacesAndRemoveForgets() {
        registry.configure("pid", gemeente("GM0518", "Den Haag"));
        registry.configure("pid", gemeente("GM0518", "'s-Gravenhage"));
        assertEquals("'s-Gravenhage", registry.find("GM0518").orElseThrow().naam());
        registry.remove("pid");
        assertTrue(registry.list().isEmpty());
    }

    @Test
    public void duplicateCodeIsRefusedUntilTheFirstConfigurationGoes() {
        registry.configure("first", gemeente("GM0518", "Eerste"));
        registry.configure("second", gemeente("GM0518", "Tweede"));
        registry.configure("other", gemeente("GM0222", "Doetinchem"));
        assertEquals("Eerste", registry.find("GM0518").orElseThrow().naam());
        assertEquals(2, registry.list().size());

        registry.remove("first");
        assertEquals("Tweede", registry.find("GM0518").orElseThrow().naam());
        assertEquals("Doetinchem", registry.find("GM0222").orElseThrow().naam());
    }

    @Test
    public void codeChangeFreesTheOldCodeForAWaitingDuplicate() {
        registry.configure("first", gemeente("GM0518", "Eerste"));
        registry.configure("second", gemeente("GM0518", "Tweede"));
        registry.configure("first", gemeente("GM0599", "Rotterdam"));
        assertEquals("Tweede", registry.find("GM0518").orElseThrow().naam());
        assertEquals("Rotterdam", registry.find("GM0599").orElseThrow().naam());
    }

    @Test
    public void storeRecordsWhatIsServedAndNeverDeletes() {
        registry.configure("early", gemeente("GM0222", "Doetinchem"));
        registry.bindStore(store);
        assertEquals(List.of("configured GM0222"), store.events);

        registry.configure("pid", gemeente("GM0518", "Den Haag"));
        registry.configure("dup", gemeente("GM0518", "Dubbel"));
        registry.remove("pid");
        registry.remove("dup");
        assertEquals(List.of("configured GM0222", "configured GM0518", "configured GM0518", "removed GM0518"),
                store.events);
    }

    @Test
    public void failingStoreDoesNotStopConfiguration() {
        registry.bindStore(new RecordingStore() {
            @Override
            public void recordConfigured(Gemeente gemeente, Instant at) {
                throw new IllegalStateException("database down");
            }
        });
        registry.configure("pid", gemeente("GM0518", "Den Haag"));
        assertTrue(registry.find("GM0518").isPresent());
        assertFalse(registry.find("GM0222").isPresent());
    }

    private static Gemeente gemeente(String code, String naam) {
        return new Gemeente(code, naam, List.of());
    }

    private static class RecordingStore implements GemeenteStore {
        final List<String> events = new ArrayList<>();

        @Override
        public void recordConfigured(Gemeente gemeente, Instant at) {
            events.add("configured " + gemeente.code());
        }

        @Override
        public void recordRemoved(String code, Instant at) {
            events.add("removed " + code);
        }

        @Override
        public Optional<GemeenteRecord> find(String code) {
            return Optional.empty();
        }

        @Override
        public List<GemeenteRecord> list() {
            return List.of();
        }
    }

    @Test
    public void eachGemeenteTrustsTheSuppliersOfItsServingConfigurationOnly() {
        ConfiguredGemeenten registry = new ConfiguredGemeenten();
        registry.configure("eerste", gemeente("GM0599", "Rotterdam"), java.util.Set.of("aa"));
        registry.configure("tweede", gemeente("GM0599", "Ook Rotterdam"), java.util.Set.of("bb"));
        registry.configure("denhaag", gemeente("GM0518", "Den Haag"));
        org.junit.Assert.assertEquals(java.util.Set.of("aa"), registry.leveranciers("GM0599"));
        org.junit.Assert.assertEquals(java.util.Set.of(), registry.leveranciers("GM0518"));
        registry.remove("eerste");
        org.junit.Assert.assertEquals(java.util.Set.of("bb"), registry.leveranciers("GM0599"));
        org.junit.Assert.assertEquals(java.util.Set.of(), registry.leveranciers("GM0363"));
    }
}
