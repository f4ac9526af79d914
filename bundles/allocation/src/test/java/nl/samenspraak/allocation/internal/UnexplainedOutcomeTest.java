package nl.samenspraak.allocation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.Test;

import nl.samenspraak.allocation.AllocationException;
import nl.samenspraak.allocation.Outcome;
import nl.samenspraak.allocation.Rule;
import nl.samenspraak.allocation.Satisfaction;

/**
 * {@code bin/allocate} without {@code --json} asks for outcomes without explanation steps: the rules skip
 * describing their rounds, and nothing else may change.
 */
public class UnexplainedOutcomeTest {

    @Test
    public void everyRuleSelectsTheSameWithoutSteps() throws Exception {
        Path folder = Paths.get(getClass().getResource("/nl/samenspraak/allocation/conformance/expected.tsv").toURI())
                .getParent();
        int compared = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.pb")) {
            for (Path file : files) {
                Profile profile = PabulibParser.profile(Files.readAllBytes(file)).profile();
                for (Rule rule : Rule.values()) {
                    for (Satisfaction sat : Satisfaction.values()) {
                        Outcome explained;
                        try {
                            explained = Rules.allocate(profile, rule, sat);
                        } catch (AllocationException notApplicable) {
                            continue;
                        }
                        Outcome unexplained = Rules.allocate(profile, rule, sat, false);
                        String what = file.getFileName() + " " + rule + " " + sat;
                        assertEquals(what, explained.selectedIds(), unexplained.selectedIds());
                        assertEquals(what, explained.totalCost(), unexplained.totalCost());
                        assertEquals(what, explained.welfare(), unexplained.welfare());
                        assertEquals(what, explained.explanation().summary(), unexplained.explanation().summary());
                        assertFalse(what, explained.explanation().steps().isEmpty());
                        assertTrue(what, unexplained.explanation().steps().isEmpty());
                        compared++;
                    }
                }
            }
        }
        assertTrue("outcomes compared: " + compared, compared > 50);
    }
}
