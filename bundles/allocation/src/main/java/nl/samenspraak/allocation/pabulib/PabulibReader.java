package nl.samenspraak.allocation.pabulib;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.samenspraak.allocation.Ballot;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Project;
import nl.samenspraak.allocation.VoteType;

/**
 * Reads Pabulib {@code .pb} files: sections META, PROJECTS and VOTES, each a header line and
 * {@code ;}-separated rows with CSV quoting as Python's csv module reads it ({@code "a;b"}, {@code ""}
 * for a quote inside quotes, line breaks inside quotes, a quote inside an unquoted cell taken literally). Accepts CRLF, a UTF-8 BOM, decimal commas in costs and {@code none} for an empty cell. Costs
 * and budget stay exact decimals. A ballot that names a project more than once is read as pabutools
 * reads it (see {@link PabulibFile#ballotsWithRepeats()}). Anything it cannot read unambiguously is a
 * {@link PabulibFormatException} with the line number.
 */
public final class PabulibReader {

    private PabulibReader() {
    }

    public static Instance read(Path file) throws IOException, PabulibFormatException {
        return parse(Files.readAllBytes(file));
    }

    /** Like {@link #read(Path)}, with what the reader had to settle on the way (see {@link PabulibFile}). */
    public static PabulibFile readFile(Path file) throws IOException, PabulibFormatException {
        return parseFile(Files.readAllBytes(file));
    }

    public static Instance read(InputStream in) throws IOException, PabulibFormatException {
        return parse(in.readAllBytes());
    }

    public static Instance parse(byte[] bytes) throws PabulibFormatException {
        return parseFile(bytes).instance();
    }

    public static PabulibFile parseFile(byte[] bytes) throws PabulibFormatException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new PabulibFormatException(lineOfByte(bytes, firstBadByte(bytes)), "the file is not valid UTF-8");
        }
        return parseFile(text);
    }

    public static Instance parse(String text) throws PabulibFormatException {
        return parseFile(text).instance();
    }

    public static PabulibFile parseFile(String text) throws PabulibFormatException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Parser parser = new Parser(text);
        Instance instance = parser.parse();
        return new PabulibFile(instance, parser.ballotsWithRepeats);
    }

    private static final class Row {
        final int line;
        final List<String> cells;

        Row(int line, List<String> cells) {
            this.line = line;
            this.cells = cells;
        }

        boolean isBlank() {
            return cells.size() == 1 && cells.get(0).trim().isEmpty();
        }
    }

    private static final class Parser {
        private final String text;
        private int pos;
        private int line = 1;
        int ballotsWithRepeats;

        Parser(String text) {
            this.text = text;
        }

        /**
         * The next CSV record, or null at the end. Quoted cells may span lines. An unquoted cell (nearly
         * every cell of a real file) is one substring of the text, without copying it character by character.
         */
        Row next() throws PabulibFormatException {
            int length = text.length();
            if (pos >= length) {
                return null;
            }
            int startLine = line;
            List<String> cells = new ArrayList<>(8);
            while (true) {
                if (text.charAt(pos) == '"') {
                    cells.add(quotedCell(startLine));
                } else {
                    int start = pos;
                    while (pos < length) {
                        char c = text.charAt(pos);
                        if (c == ';' || c == '\n' || c == '\r') {
                            break;
                        }
                        pos++;
                    }
                    cells.add(text.substring(start, pos));
                }
                if (pos >= length) {
                    return new Row(startLine, cells);
                }
                char c = text.charAt(pos);
                if (c == ';') {
                    pos++;
                    if (pos >= length) {
                        cells.add("");
                        return new Row(startLine, cells);
                    }
                    continue;
                }
                pos += (c == '\r' && pos + 1 < length && text.charAt(pos + 1) == '\n') ? 2 : 1;
                line++;
                return new Row(startLine, cells);
            }
        }

        /**
         * A cell that starts with a quote, as Python's csv module (which Pabulib's tools use) reads it:
         * {@code ""} inside is one quote, line breaks inside are kept, and after the closing quote the rest
         * of the cell up to {@code ;} or the line end is taken literally, quotes included.
         */
        private String quotedCell(int startLine) throws PabulibFormatException {
            int length = text.length();
            StringBuilder cell = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= length) {
                    throw new PabulibFormatException(startLine, "a quoted cell is never closed");
                }
                char c = text.charAt(pos);
                if (c == '"') {
                    if (pos + 1 < length && text.charAt(pos + 1) == '"') {
                        cell.append('"');
                        pos += 2;
                        continue;
                    }
                    pos++;
                    break;
                }
                if (c == '\r' && pos + 1 < length && text.charAt(pos + 1) == '\n') {
                    pos++;
                }
                if (c == '\n' || c == '\r') {
                    line++;
                    cell.append('\n');
                } else {
                    cell.append(c);
                }
                pos++;
            }
            while (pos < length) {
                char c = text.charAt(pos);
                if (c == ';' || c == '\n' || c == '\r') {
                    break;
                }
                cell.append(c);
                pos++;
            }
            return cell.toString();
        }

        Instance parse() throws PabulibFormatException {
            Map<String, String> meta = new LinkedHashMap<>();
            List<Row> projectRows = new ArrayList<>();
            List<Row> voteRows = new ArrayList<>();
            List<String> projectHeader = null;
            List<String> voteHeader = null;
            int projectHeaderLine = 0;
            int voteHeaderLine = 0;
            String section = null;
            Set<String> seenSections = new HashSet<>();
            Row row;
            while ((row = next()) != null) {
                if (row.isBlank()) {
                    continue;
                }
                String first = row.cells.get(0).trim().toLowerCase(Locale.ROOT);
                if (row.cells.size() == 1 && (first.equals("meta") || first.equals("projects") || first.equals("votes"))) {
                    if (!seenSections.add(first)) {
                        throw new PabulibFormatException(row.line, "section " + first.toUpperCase(Locale.ROOT) + " appears twice");
                    }
                    section = first;
                    Row header = next();
                    while (header != null && header.isBlank()) {
                        header = next();
                    }
                    if (header == null) {
                        throw new PabulibFormatException(row.line, "section " + first.toUpperCase(Locale.ROOT)
                                + " has no header line");
                    }
                    List<String> names = trimmed(header.cells);
                    if (section.equals("projects")) {
                        projectHeader = names;
                        projectHeaderLine = header.line;
                    } else if (section.equals("votes")) {
                        voteHeader = names;
                        voteHeaderLine = header.line;
                    }
                    continue;
                }
                if (section == null) {
                    throw new PabulibFormatException(row.line, "expected META, PROJECTS or VOTES, found '"
                            + row.cells.get(0) + "'");
                }
                switch (section) {
                    case "meta":
                        if (row.cells.size() != 2) {
                            throw new PabulibFormatException(row.line, "a META line needs exactly key;value, found "
                                    + row.cells.size() + " cells");
                        }
                        String key = row.cells.get(0).trim();
                        if (meta.containsKey(key)) {
                            throw new PabulibFormatException(row.line, "META key '" + key + "' appears twice");
                        }
                        meta.put(key, row.cells.get(1).trim());
                        break;
                    case "projects":
                        projectRows.add(row);
                        break;
                    default:
                        voteRows.add(row);
                }
            }
            if (!seenSections.contains("meta")) {
                throw new PabulibFormatException(0, "the file has no META section");
            }
            String budgetText = meta.get("budget");
            if (budgetText == null) {
                throw new PabulibFormatException(0, "META has no budget");
            }
            BigDecimal budget = decimal(budgetText, "budget", 0);
            String voteTypeText = meta.get("vote_type");
            if (voteTypeText == null) {
                throw new PabulibFormatException(0, "META has no vote_type");
            }
            VoteType voteType;
            try {
                voteType = VoteType.fromPabulibName(voteTypeText);
            } catch (IllegalArgumentException unknown) {
                throw new PabulibFormatException(0, unknown.getMessage());
            }

            if (projectHeader == null) {
                throw new PabulibFormatException(0, "the file has no PROJECTS section");
            }
            List<Project> projects = readProjects(projectHeader, projectHeaderLine, projectRows);
            Map<String, Project> byId = new HashMap<>();
            for (Project p : projects) {
                byId.put(p.id(), p);
            }
            List<Ballot> ballots = voteHeader == null ? List.of()
                    : readBallots(voteHeader, voteHeaderLine, voteRows, voteType, byId);
            try {
                return new Instance(meta, budget, voteType, projects, ballots);
            } catch (IllegalArgumentException invalid) {
                throw new PabulibFormatException(0, invalid.getMessage());
            }
        }

        private List<Project> readProjects(List<String> header, int headerLine, List<Row> rows)
                throws PabulibFormatException {
            int idColumn = column(header, "project_id", headerLine, "PROJECTS");
            int costColumn = column(header, "cost", headerLine, "PROJECTS");
            int nameColumn = header.indexOf("name");
            requireUniqueColumns(header, headerLine, "PROJECTS");
            List<Project> projects = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Row row : rows) {
                checkWidth(row, header, "PROJECTS");
                String id = cell(row, idColumn);
                if (id == null) {
                    throw new PabulibFormatException(row.line, "project without project_id");
                }
                if (!ids.add(id)) {
                    throw new PabulibFormatException(row.line, "project_id '" + id + "' appears twice");
                }
                String costText = cell(row, costColumn);
                if (costText == null) {
                    throw new PabulibFormatException(row.line, "project " + id + " has no cost");
                }
                BigDecimal cost = decimal(costText, "cost of project " + id, row.line);
                if (cost.signum() < 0) {
                    throw new PabulibFormatException(row.line, "project " + id + " has a negative cost " + costText);
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    if (i != idColumn && i != costColumn && i != nameColumn) {
                        String value = cell(row, i);
                        if (value != null) {
                            attributes.put(header.get(i), value);
                        }
                    }
                }
                String name = nameColumn < 0 ? null : cell(row, nameColumn);
                projects.add(new Project(id, cost, name, attributes));
            }
            return projects;
        }

        private List<Ballot> readBallots(List<String> header, int headerLine, List<Row> rows, VoteType voteType,
                Map<String, Project> projects) throws PabulibFormatException {
            int voterColumn = column(header, "voter_id", headerLine, "VOTES");
            int voteColumn = column(header, "vote", headerLine, "VOTES");
            int pointsColumn = voteType.hasPoints() ? column(header, "points", headerLine, "VOTES") : header.indexOf("points");
            requireUniqueColumns(header, headerLine, "VOTES");
            List<Ballot> ballots = new ArrayList<>(rows.size());
            Set<String> voterIds = new HashSet<>();
            for (Row row : rows) {
                checkWidth(row, header, "VOTES");
                String voter = cell(row, voterColumn);
                if (voter == null) {
                    throw new PabulibFormatException(row.line, "vote without voter_id");
                }
                if (!voterIds.add(voter)) {
                    throw new PabulibFormatException(row.line, "voter_id '" + voter + "' appears twice");
                }
                List<String> named = list(cell(row, voteColumn));
                Map<String, Integer> firstPosition = null;
                for (int i = 0; i < named.size(); i++) {
                    String id = named.get(i);
                    Project project = projects.get(id);
                    if (project == null) {
                        throw new PabulibFormatException(row.line, "voter " + voter + " votes for unknown project '" + id + "'");
                    }
                    // the project's own id string: one copy per project, and later lookups hit it by identity
                    named.set(i, project.id());
                }
                if (named.size() > 1) {
                    firstPosition = repeats(named);
                }
                List<BigDecimal> points = new ArrayList<>();
                if (voteType.hasPoints()) {
                    List<String> pointTexts = list(cell(row, pointsColumn));
                    if (pointTexts.size() != named.size()) {
                        throw new PabulibFormatException(row.line, "voter " + voter + " names " + named.size()
                                + " projects but gives " + pointTexts.size() + " points");
                    }
                    for (String p : pointTexts) {
                        points.add(decimal(p, "points of voter " + voter, row.line));
                    }
                }
                if (firstPosition != null) {
                    ballotsWithRepeats++;
                    named = keepFirstOfEach(named, points, firstPosition);
                }
                if (voteType == VoteType.CHOOSE_1 && named.size() > 1) {
                    throw new PabulibFormatException(row.line, "voter " + voter + " chose " + named.size()
                            + " projects in a choose-1 vote");
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    if (i != voterColumn && i != voteColumn && !(voteType.hasPoints() && i == pointsColumn)) {
                        String value = cell(row, i);
                        if (value != null) {
                            attributes.put(header.get(i), value);
                        }
                    }
                }
                ballots.add(new Ballot(voter, named, points, attributes));
            }
            return ballots;
        }

        /** Each project's first position in the ballot when some project is named twice, else null. */
        private static Map<String, Integer> repeats(List<String> named) {
            Map<String, Integer> first = new HashMap<>();
            boolean repeated = false;
            for (int i = 0; i < named.size(); i++) {
                repeated |= first.putIfAbsent(named.get(i), i) != null;
            }
            return repeated ? first : null;
        }

        /**
         * A ballot that names a project more than once, read as pabutools reads it: an approval ballot is
         * a set, an ordinal ballot keeps a project at its first position, and for points the last points
         * given to a project stand (at its first position). {@code points} is rewritten in step.
         */
        private static List<String> keepFirstOfEach(List<String> named, List<BigDecimal> points,
                Map<String, Integer> firstPosition) {
            List<String> kept = new ArrayList<>(firstPosition.size());
            List<BigDecimal> keptPoints = new ArrayList<>(points.isEmpty() ? 0 : firstPosition.size());
            for (int i = 0; i < named.size(); i++) {
                String id = named.get(i);
                int first = firstPosition.get(id);
                if (first == i) {
                    kept.add(id);
                    if (!points.isEmpty()) {
                        keptPoints.add(points.get(i));
                    }
                } else if (!points.isEmpty()) {
                    keptPoints.set(kept.indexOf(id), points.get(i));
                }
            }
            if (!points.isEmpty()) {
                points.clear();
                points.addAll(keptPoints);
            }
            return kept;
        }

        private static List<String> trimmed(List<String> cells) {
            List<String> out = new ArrayList<>(cells.size());
            for (String c : cells) {
                out.add(c.trim());
            }
            return out;
        }

        private static int column(List<String> header, String name, int line, String section)
                throws PabulibFormatException {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new PabulibFormatException(line, section + " header has no '" + name + "' column: " + header);
            }
            return index;
        }

        private static void requireUniqueColumns(List<String> header, int line, String section)
                throws PabulibFormatException {
            if (new HashSet<>(header).size() != header.size()) {
                throw new PabulibFormatException(line, section + " header names a column twice: " + header);
            }
        }

        private static void checkWidth(Row row, List<String> header, String section) throws PabulibFormatException {
            if (row.cells.size() > header.size()) {
                throw new PabulibFormatException(row.line, section + " row has " + row.cells.size()
                        + " cells but the header has " + header.size() + " columns");
            }
        }

        /** The trimmed cell, or null when absent, empty or {@code none}. */
        private static String cell(Row row, int column) {
            if (column < 0 || column >= row.cells.size()) {
                return null;
            }
            String value = row.cells.get(column).trim();
            return value.isEmpty() || value.equalsIgnoreCase("none") ? null : value;
        }

        private static List<String> list(String cell) {
            List<String> out = new ArrayList<>();
            if (cell == null) {
                return out;
            }
            for (String part : cell.split(",", -1)) {
                String id = part.trim();
                if (!id.isEmpty()) {
                    out.add(id);
                }
            }
            return out;
        }

        private static BigDecimal decimal(String text, String what, int line) throws PabulibFormatException {
            try {
                return new BigDecimal(text.trim().replace(',', '.'));
            } catch (NumberFormatException notANumber) {
                throw new PabulibFormatException(line, what + " is not a number: '" + text + "'");
            }
        }
    }

    private static int firstBadByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        return in.position();
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
