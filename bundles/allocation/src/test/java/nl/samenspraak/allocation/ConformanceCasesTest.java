package nl.samenspraak.allocation;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import nl.samenspraak.allocation.pabulib.PabulibReader;

/**
 * Small instances that the shared Pabulib files do not cover, with the outcomes of pabutools 1.2.3 for
 * every rule and satisfaction that applies (resources {@code conformance/expected.tsv}, same columns as
 * the shared one; the seconds column is not timed here).
 * <p>
 * The outcomes were computed by running pabutools itself on each file, through
 * {@code src/test/python/pabutools_allocate.py} (same rule and satisfaction names as {@code bin/allocate}).
 * max-welfare rows are compared by total satisfaction; two are missing because pabutools' primal-dual
 * knapsack fails on those inputs (IndexError in {@code primal_dual_branch}).
 * <ul>
 * <li>{@code zero-cost-*.pb}: projects that cost nothing, for each ballot type. pabutools counts a voter
 * as a project's supporter only when the satisfaction is positive, so under {@code cost},
 * {@code points-cost} and {@code ordinal-cost} a free project has no supporters at all: MES (and so
 * mes-add1) neither selects it up front nor prices it, while greedy rules take it because it always fits
 * (last under these satisfactions, with density 0) and mes-add1-greedy's greedy completion does too. Under
 * {@code cardinality}, {@code cardinal} and {@code borda} a free project with some positive satisfaction
 * is selected by MES before the first round.</li>
 * </ul>
 */
@RunWith(Parameterized.class)
public class ConformanceCasesTest {

    private final ExpectedRows.Row row;

    public ConformanceCasesTest(String name, ExpectedRows.Row row) {
        this.row = row;
    }

    static Path folder() {
        try {
            return Paths.get(ConformanceCasesTest.class.getResource("conformance/expected.tsv").toURI()).getParent();
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Parameters(name = "{0}")
    public static Collection<Object[]> rows() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        for (ExpectedRows.Row row : ExpectedRows.read(folder())) {
            rows.add(new Object[] {row.file() + " " + row.rule() + " " + row.sat(), row});
        }
        return rows;
    }

    @Test
    public void reproducesPabutools() throws Exception {
        PabulibConformanceTest.assertReproduces(PabulibReader.read(folder().resolve(row.file())), row);
    }
}
