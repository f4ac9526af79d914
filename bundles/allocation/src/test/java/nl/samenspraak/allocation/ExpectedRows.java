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

    /**
     * Says on the build's console, so that nobody takes a green build for a checked one, that the conformance
     * rows were not run and how to run them.
     */
    public static void warnAbsent() {
        List<String> lines = List.of("WARNING: Pabulib conformance NOT RUN",
                "No pabulib/expected.tsv under " + System.getProperty(SHARED_PROPERTY),
                "The allocation rules were NOT checked against pabutools' outcomes.",
                "Put the shared folder beside the repository (../shared/pabulib)",
                "or pass -D" + SHARED_PROPERTY + "=<folder that holds pabulib/>.");
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        String rule = "!".repeat(width + 6);
        StringBuilder box = new StringBuilder("\n").append(rule).append('\n');
        for (String line : lines) {
            box.append("!! ").append(line).append(" ".repeat(width - line.length())).append(" !!\n");
        }
        System.err.println(box.append(rule).append('\n'));
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
