package nl.samenspraak.allocation.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.samenspraak.allocation.AllocationEngine;
import nl.samenspraak.allocation.ExpectedRows;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Outcome;
import nl.samenspraak.allocation.Rule;
import nl.samenspraak.allocation.Satisfaction;
import nl.samenspraak.allocation.pabulib.PabulibReader;

/**
 * A one-JVM timing harness (not a test): for the expected.tsv rows of the largest shared instances, and
 * the slowest pabutools rows of mes-add1 / mes-add1-greedy (pabutools has no mes-add1 rows for the
 * largest cities), times {@link AllocationEngine#allocate} on an already parsed instance: a few warm-up
 * runs, then the median of the measured runs. Checks each outcome against expected.tsv as it goes.
 * <p>
 * Run: {@code mvn -B -q -f bundles/allocation/pom.xml test-compile && java -cp
 * bundles/allocation/target/classes:bundles/allocation/target/test-classes
 * nl.samenspraak.allocation.bench.Benchmark ../shared/pabulib [warmups] [runs]}
 */
public final class Benchmark {

    private static final Set<String> LARGE = Set.of("Poland_Lodz_2022.pb", "Poland_Warszawa_2026.pb",
            "Poland_Wroclaw_2017.pb", "Poland_Wroclaw_2018.pb", "Poland_Krakow_2024.pb");
    private static final int SLOWEST_ADD1_ROWS = 8;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Paths.get(args.length > 0 ? args[0] : "../shared/pabulib");
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<ExpectedRows.Row> all = ExpectedRows.read(folder);
        List<ExpectedRows.Row> chosen = new ArrayList<>();
        for (ExpectedRows.Row row : all) {
            if (LARGE.contains(row.file())) {
                chosen.add(row);
            }
        }
        all.stream().filter(r -> r.rule().startsWith("mes-add1"))
                .sorted((a, b) -> Double.compare(b.pabutoolsSeconds(), a.pabutoolsSeconds()))
                .limit(SLOWEST_ADD1_ROWS).forEach(chosen::add);

        System.out.printf("Java %s, %d processors; %d warm-up + median of %d runs per row%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), warmups, runs);
        System.out.println("| rule | sat | instance | ours (ms) | pabutools (s) | ratio | same outcome |");
        System.out.println("|---|---|---|---:|---:|---:|---|");
        Map<String, Instance> parsed = new HashMap<>();
        for (ExpectedRows.Row row : chosen) {
            Instance instance = parsed.get(row.file());
            if (instance == null) {
                parsed.clear();
                instance = PabulibReader.read(folder.resolve(row.file()));
                parsed.put(row.file(), instance);
            }
            Rule rule = Rule.fromCliName(row.rule());
            Satisfaction sat = row.sat().equals("-") ? null : Satisfaction.fromCliName(row.sat());
            Outcome outcome = null;
            for (int i = 0; i < warmups; i++) {
                outcome = AllocationEngine.allocate(instance, rule, sat);
            }
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                outcome = AllocationEngine.allocate(instance, rule, sat);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            double seconds = nanos[runs / 2] / 1e9;
            boolean same = rule == Rule.MAX_WELFARE
                    ? outcome.welfare().equals(AllocationEngine.welfare(instance, sat, row.selected()))
                    : outcome.selectedIds().equals(row.selected());
            System.out.printf("| %s | %s | %s | %.1f | %.3f | %.0fx | %s |%n", row.rule(), row.sat(),
                    row.file().replace(".pb", ""), seconds * 1000, row.pabutoolsSeconds(),
                    row.pabutoolsSeconds() / seconds, same ? "yes" : "NO");
        }
    }
}
