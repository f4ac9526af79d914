package nl.samenspraak.allocation.pabulib;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.samenspraak.allocation.Ballot;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Project;

/**
 * Writes an {@link Instance} as a Pabulib {@code .pb} file (UTF-8, LF line endings, no BOM). Reading the
 * result with {@link PabulibReader} gives an equal instance. Cells are quoted when they contain
 * {@code ;}, a quote or a line break; empty optional cells are written as empty.
 */
public final class PabulibWriter {

    private PabulibWriter() {
    }

    public static void write(Instance instance, Path file) throws IOException {
        Files.writeString(file, toPabulib(instance), StandardCharsets.UTF_8);
    }

    public static String toPabulib(Instance instance) {
        StringBuilder out = new StringBuilder();
        out.append("META\nkey;value\n");
        boolean budgetWritten = false;
        boolean voteTypeWritten = false;
        for (Map.Entry<String, String> entry : instance.meta().entrySet()) {
            String value = entry.getValue();
            if (entry.getKey().equals("budget")) {
                if (!sameNumber(value, instance.budget())) {
                    value = instance.budget().toPlainString();
                }
                budgetWritten = true;
            } else if (entry.getKey().equals("vote_type")) {
                value = instance.voteType().pabulibName();
                voteTypeWritten = true;
            }
            row(out, List.of(entry.getKey(), value));
        }
        if (!budgetWritten) {
            row(out, List.of("budget", instance.budget().toPlainString()));
        }
        if (!voteTypeWritten) {
            row(out, List.of("vote_type", instance.voteType().pabulibName()));
        }

        Set<String> projectColumns = new LinkedHashSet<>();
        for (Project p : instance.projects()) {
            projectColumns.addAll(p.attributes().keySet());
        }
        List<String> header = new ArrayList<>(List.of("project_id", "cost", "name"));
        header.addAll(projectColumns);
        out.append("PROJECTS\n");
        row(out, header);
        for (Project p : instance.projects()) {
            List<String> cells = new ArrayList<>(List.of(p.id(), p.cost().toPlainString(), p.name() == null ? "" : p.name()));
            for (String column : projectColumns) {
                cells.add(p.attributes().getOrDefault(column, ""));
            }
            row(out, cells);
        }

        boolean points = instance.voteType().hasPoints();
        Set<String> voteColumns = new LinkedHashSet<>();
        for (Ballot b : instance.ballots()) {
            voteColumns.addAll(b.attributes().keySet());
        }
        header = new ArrayList<>(List.of("voter_id", "vote"));
        if (points) {
            header.add("points");
        }
        header.addAll(voteColumns);
        out.append("VOTES\n");
        row(out, header);
        for (Ballot b : instance.ballots()) {
            List<String> cells = new ArrayList<>(List.of(b.voterId(), String.join(",", b.projectIds())));
            if (points) {
                List<String> texts = new ArrayList<>();
                for (BigDecimal value : b.points()) {
                    texts.add(value.toPlainString());
                }
                cells.add(String.join(",", texts));
            }
            for (String column : voteColumns) {
                cells.add(b.attributes().getOrDefault(column, ""));
            }
            row(out, cells);
        }
        return out.toString();
    }

    private static boolean sameNumber(String text, BigDecimal value) {
        try {
            return new BigDecimal(text.trim().replace(',', '.')).equals(value);
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            String cell = cells.get(i);
            if (cell.indexOf(';') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
                    || !cell.equals(cell.trim())) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append('\n');
    }
}
