package nl.samenspraak.allocation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** The rows of ../shared/pabulib/expected.tsv, and where to find the shared folder. */
public final class ExpectedRows {

    public static final String SHARED_PROPERTY = "samenspraak.shared";

    public record Row(String file, String rule, String sat, List<String> selected, double pabutoolsSeconds) {
    }

    private ExpectedRows() {
    }

    /** The pabulib folder, or null when the shared folder is not beside the repository. */
    public static Path pabulibFolder() {
        String shared = System.getProperty(SHARED_PROPERTY);
        if (shared == null || shared.isBlank()) {
            return null;
        }
        Path folder = Paths.get(shared, "pabulib");
        return Files.isRegularFile(folder.resolve("expected.tsv")) ? folder : null;
    }

    public static List<Row> read(Path pabulib) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(pabulib.resolve("expected.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            List<String> selected = cells[3].isEmpty() ? List.of() : List.of(cells[3].split(","));
            rows.add(new Row(cells[0], cells[1], cells[2], selected, Double.parseDouble(cells[4])));
        }
        return rows;
    }
}
