package nl.samenspraak.allocation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import nl.samenspraak.allocation.pabulib.PabulibReader;

/**
 * Every row of ../shared/pabulib/expected.tsv (the outcomes of pabutools 1.2.3): same selection, or for
 * max-welfare the same total satisfaction. Skipped when the shared folder is absent, with a warning on the
 * console that .ci/run repeats at the end of the build.
 */
@RunWith(Parameterized.class)
public class PabulibConformanceTest {

    private static final Map<String, Instance> PARSED = new ConcurrentHashMap<>();

    private final ExpectedRows.Row row;

    public PabulibConformanceTest(String name, ExpectedRows.Row row) {
        this.row = row;
    }

    @Parameters(name = "{0}")
    public static Collection<Object[]> rows() throws IOException {
        Path folder = ExpectedRows.pabulibFolder();
        List<Object[]> rows = new ArrayList<>();
        if (folder == null) {
            ExpectedRows.warnAbsent();
            rows.add(new Object[] {"shared pabulib folder absent", null});
            return rows;
        }
        for (ExpectedRows.Row row : ExpectedRows.read(folder)) {
            rows.add(new Object[] {row.file() + " " + row.rule() + " " + row.sat(), row});
        }
        return rows;
    }

    @Test
    public void reproducesPabutools() throws Exception {
        assumeTrue("Skipping Pabulib conformance: set -D" + ExpectedRows.SHARED_PROPERTY
                + " to the shared folder (with pabulib/expected.tsv); it is not at "
                + System.getProperty(ExpectedRows.SHARED_PROPERTY), row != null);
        Path folder = ExpectedRows.pabulibFolder();
        Instance instance = PARSED.get(row.file());
        if (instance == null) {
            instance = PabulibReader.read(folder.resolve(row.file()));
            PARSED.clear(); // rows come grouped by file; keep one parsed instance in memory
            PARSED.put(row.file(), instance);
        }
        assertReproduces(instance, row);
    }

    /** Same selection as pabutools, or for max-welfare (several optima may exist) the same total satisfaction. */
    static void assertReproduces(Instance instance, ExpectedRows.Row row) {
        Rule rule = Rule.fromCliName(row.rule());
        Satisfaction sat = row.sat().equals("-") ? null : Satisfaction.fromCliName(row.sat());
        Outcome outcome = AllocationEngine.allocate(instance, rule, sat);
        if (rule == Rule.MAX_WELFARE) {
            assertEquals("welfare of " + outcome.selectedIds() + " vs pabutools' " + row.selected(),
                    AllocationEngine.welfare(instance, sat, row.selected()), outcome.welfare());
        } else {
            assertEquals(row.selected(), outcome.selectedIds());
        }
    }
}
