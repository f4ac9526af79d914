package nl.samenspraak.allocation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import nl.samenspraak.allocation.internal.cli.AllocateCommand;

public class AllocateCommandTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AllocateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws Exception {
        Path path = temp.getRoot().toPath().resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    private static final String SMALL = "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\n"
            + "project_id;cost;name\n9;5;\"Negen; \"\"met\"\" quotes\"\n10;5;Tien\nb;20;Te duur\nVOTES\nvoter_id;vote\n"
            + "1;9,10\n2;10,b\n3;b\n";

    @Test
    public void printsFileRuleAndIdsInCodePointOrder() throws Exception {
        Path pb = file("wijk.pb", SMALL);
        assertEquals(0, run("--rule", "greedy", pb.toString()));
        assertEquals("wijk.pb\tgreedy\t10,9\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void emptySelectionPrintsAnEmptyField() throws Exception {
        // 5 per voter under MES; only voter 1 wants a, which costs 8.
        Path pb = file("leeg.pb", "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n"
                + "a;8\nVOTES\nvoter_id;vote\n1;a\n2;\n");
        assertEquals(0, run("--rule", "mes", pb.toString()));
        assertEquals("leeg.pb\tmes\t\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void ballotsNamingAProjectTwiceAreCountedInTheOutput() throws Exception {
        Path pb = file("dubbel.pb", SMALL.replace("1;9,10\n", "1;9,10,9\n").replace("3;b\n", "3;b,b\n"));
        assertEquals(0, run("--rule", "greedy", pb.toString()));
        assertEquals("dubbel.pb\tgreedy\t10,9\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)
                .contains("dubbel.pb: 2 ballot(s) named a project more than once"));
        out.reset();
        assertEquals(0, run("--rule", "greedy", "--json", pb.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("{\"file\":\"dubbel.pb\",\"ballotsWithRepeats\":2,"));
    }

    @Test
    public void jsonCarriesTheExplanation() throws Exception {
        Path pb = file("wijk.pb", SMALL);
        assertEquals(0, run("--rule", "mes", "--sat", "cardinality", "--json", pb.toString()));
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json, json.startsWith("{\"file\":\"wijk.pb\",\"rule\":\"mes\",\"sat\":\"cardinality\",\"selected\":["));
        assertTrue(json, json.contains("\"explanation\":{\"summary\":"));
        assertTrue(json, json.contains("\"pricePerSatisfaction\""));
    }

    @Test
    public void badOptionsAndFilesFailClearly() throws Exception {
        assertEquals(2, run("--rule", "nonsense", "x.pb"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown rule 'nonsense'"));
        err.reset();
        assertEquals(2, run("x.pb"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--rule is required"));
        err.reset();
        assertEquals(1, run("--rule", "mes", temp.getRoot().toPath().resolve("missing.pb").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file"));
        err.reset();
        Path broken = file("broken.pb", "META\nkey;value\nbudget;ten\nvote_type;approval\nPROJECTS\nproject_id;cost\n");
        assertEquals(1, run("--rule", "mes", broken.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).contains("budget is not a number"));
        err.reset();
        Path pb = file("wijk.pb", SMALL);
        assertEquals(1, run("--rule", "greedy", "--sat", "borda", pb.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("does not apply"));
    }
}
