package nl.samenspraak.core.internal.wijkbudget;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.core.internal.wijkbudget.PapierenStemmen.Regel;

/** The paper-ballot CSV as docs/wijkbudget.md documents it: the example there is read as the platform reads it. */
public class PapierenStemmenTest {

    private static final Path DOCUMENTATIE = Path.of("../../docs/wijkbudget.md");

    @Test
    public void theDocumentedExampleIsReadAsDocumented() throws Exception {
        List<Regel> regels = PapierenStemmen.csv(voorbeeld());

        assertEquals(3, regels.size());
        assertEquals(new Regel(2, "ABCD-EFGH-JKMN", List.of("plan-id-1", "plan-id-2"), Map.of()), regels.get(0));
        assertEquals(new Regel(3, "BCDE-FGHJ-KMNP", List.of("plan-id-2"), Map.of()), regels.get(1));
        assertEquals(new Regel(5, "CDEF-GHJK-MNPQ", List.of(), Map.of("plan-id-1", 3, "plan-id-2", 2)), regels.get(2));
    }

    @Test
    public void aLineThatIsNoBallotRefusesTheWholeFileNamingTheLine() {
        OngeldigeInvoerException fout = assertThrows(OngeldigeInvoerException.class,
                () -> PapierenStemmen.csv("ABCD-EFGH-JKMN;plan-1\nzonder puntkomma\nBCDE;plan-1:veel\n"));
        assertEquals(List.of("regel 2", "regel 3"), fout.overtredingen().stream().map(o -> o.veld()).toList());
    }

    /** The indented block after the marker in the documentation. */
    private static String voorbeeld() throws Exception {
        List<String> lijnen = Files.readAllLines(DOCUMENTATIE, StandardCharsets.UTF_8);
        int begin = -1;
        for (int i = 0; i < lijnen.size(); i++) {
            if (lijnen.get(i).startsWith("<!-- paper-ballot example")) {
                begin = i + 1;
            }
        }
        assertTrue("no paper-ballot example in " + DOCUMENTATIE.toAbsolutePath(), begin > 0);
        List<String> blok = new ArrayList<>();
        for (int i = begin; i < lijnen.size() && (lijnen.get(i).startsWith("    ") || lijnen.get(i).isBlank()); i++) {
            blok.add(lijnen.get(i).isBlank() ? "" : lijnen.get(i).substring(4));
        }
        return String.join("\n", blok).strip() + "\n";
    }
}
