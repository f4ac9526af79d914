package nl.samenspraak.core.internal.monitor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import nl.samenspraak.api.monitor.Eenheid;
import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Periode;
import nl.samenspraak.api.monitor.Vergelijking;
import nl.samenspraak.api.monitor.Waarde;

/** Medians over five or more other gemeenten only, never the gemeente's own figure in them, by size where known. */
public class BenchmarkTest {

    private static List<Indicator> aandeel(String getal) {
        return List.of(new Indicator("besluiten.binnen_termijn", "Besluiten binnen de wettelijke termijn", List.of(
                new Waarde("aandeel", "Aandeel", getal == null ? Optional.empty() : Optional.of(new BigDecimal(getal)), Eenheid.PROCENT)),
                Periode.ALTIJD, "Zo."),
                new Indicator("wijkbudget.opkomst", "Opkomst", List.of(Waarde.van("r1", "Ronde", BigDecimal.ONE, Eenheid.PROCENT)),
                        Periode.ALTIJD, "Zo."));
    }

    private static Map<String, List<Indicator>> gemeenten(String eigen, String... anderen) {
        Map<String, List<Indicator>> per = new LinkedHashMap<>();
        per.put("GM0001", aandeel(eigen));
        for (int i = 0; i < anderen.length; i++) {
            per.put(String.format("GM%04d", i + 2), aandeel(anderen[i]));
        }
        return per;
    }

    @Test
    public void deMediaanVanVijfAnderenZonderDeEigen() {
        // others 40 50 60 70 80: median 60; the own 99 is not in it
        List<Vergelijking> v = Benchmark.vergelijk("GM0001", gemeenten("99.0", "70.0", "40.0", "80.0", "50.0", "60.0"), Map.of());

        assertEquals(1, v.size()); // the turnout per round has no counterpart elsewhere
        assertEquals(new BigDecimal("99.0"), v.get(0).eigen().orElseThrow());
        assertEquals(new BigDecimal("60.0"), v.get(0).mediaanAlle().orElseThrow());
        assertEquals(5, v.get(0).aantalAlle());
        assertEquals(Optional.empty(), v.get(0).mediaanVergelijkbaar()); // no sizes known
    }

    @Test
    public void onderDeVijfAnderenGeenMediaan() {
        // four others, or five of whom one has no figure: a median could be traced to one of them
        assertEquals(Optional.empty(), Benchmark.vergelijk("GM0001", gemeenten("99.0", "70.0", "40.0", "80.0", "50.0"), Map.of())
                .get(0).mediaanAlle());
        Vergelijking v = Benchmark.vergelijk("GM0001", gemeenten("99.0", "70.0", "40.0", "80.0", "50.0", null), Map.of()).get(0);
        assertEquals(Optional.empty(), v.mediaanAlle());
        assertEquals(0, v.aantalAlle());
    }

    @Test
    public void eenEvenAantalNeemtHetGemiddeldeVanDeMiddelsteTwee() {
        assertEquals(new BigDecimal("55.00"), Benchmark.vergelijk("GM0001",
                gemeenten("1.0", "40.0", "50.0", "60.0", "70.0", "80.0", "30.0"), Map.of()).get(0).mediaanAlle().orElseThrow());
    }

    @Test
    public void vergelijkbaarIsDeHelftTotHetDubbeleAanInwoners() {
        Map<String, Long> inwoners = new LinkedHashMap<>();
        inwoners.put("GM0001", 10_000L);
        // GM0002..GM0006 between 5,000 and 20,000; GM0007 four times as large
        long[] groottes = { 5_000, 8_000, 10_000, 15_000, 20_000, 40_000 };
        for (int i = 0; i < groottes.length; i++) {
            inwoners.put(String.format("GM%04d", i + 2), groottes[i]);
        }
        Vergelijking v = Benchmark.vergelijk("GM0001", gemeenten("50.0", "10.0", "20.0", "30.0", "40.0", "50.0", "100.0"), inwoners)
                .get(0);
        assertEquals(new BigDecimal("35.00"), v.mediaanAlle().orElseThrow()); // 10 20 30 40 50 100
        assertEquals(new BigDecimal("30.0"), v.mediaanVergelijkbaar().orElseThrow()); // 10 20 30 40 50
        assertEquals(5, v.aantalVergelijkbaar());
        assertTrue(Benchmark.vergelijkbareGrootte(10_000, 20_000));
        assertFalse(Benchmark.vergelijkbareGrootte(10_000, 20_001));
        assertFalse(Benchmark.vergelijkbareGrootte(0, 10_000));
    }
}
