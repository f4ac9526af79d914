package nl.samenspraak.allocation.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
import nl.samenspraak.allocation.pabulib.PabulibFormatException;

/**
 * Parses a Pabulib {@code .pb} file from its UTF-8 bytes (the format as {@code PabulibReader} documents it).
 * <p>
 * The VOTES section is nearly all of a file (200,000 rows in the largest), so it is read at the byte level:
 * a cell is a range of the file's bytes, project ids are found by hashing those bytes, and voter ids are
 * checked for repeats the same way. {@link #profile} makes no string per cell nor a record per ballot;
 * {@link #records} also builds the {@link Ballot} records with their voter ids and other columns. The
 * delimiters are ASCII, and UTF-8 never uses an ASCII byte inside a multi-byte character, so cutting the
 * bytes where the text would be cut is the same, and equal byte ranges are equal strings.
 */
public final class PabulibParser {

    /** What a file holds: the profile, the instance when records were asked for, and the repeats settled. */
    public record Parsed(Profile profile, Instance instance, int ballotsWithRepeats) {
    }

    private final byte[] bytes;
    /** The file is {@code bytes[0, end)}. */
    private final int end;
    private final boolean records;
    private int pos;
    private int line = 1;
    private int ballotsWithRepeats;
    /** The cells of the last row read by {@link #next}: a byte range each, of {@code bytes} or of a quoted cell's own copy. */
    private int cellCount;
    private int rowLine;
    private byte[][] cellSource = new byte[8][];
    private int[] cellFrom = new int[8];
    private int[] cellTo = new int[8];

    private PabulibParser(byte[] bytes, int end, boolean records) {
        this.bytes = bytes;
        this.end = end;
        this.records = records;
        if (end >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            pos = 3;
        }
    }

    /** The file as the rules need it, without the ballot records. */
    public static Parsed profile(byte[] bytes) throws PabulibFormatException {
        return profile(bytes, bytes.length);
    }

    /**
     * The file held in {@code bytes[0, length)}, without the ballot records; the profile keeps no reference to
     * {@code bytes}, so a caller may read the next file into the same array.
     */
    public static Parsed profile(byte[] bytes, int length) throws PabulibFormatException {
        return new PabulibParser(bytes, length, false).parse();
    }

    /** The file with its instance of records as well. */
    public static Parsed records(byte[] bytes) throws PabulibFormatException {
        return new PabulibParser(bytes, bytes.length, true).parse();
    }

    // ---- rows and cells ----

    /** Reads the next CSV record into the cell ranges; false at the end. Quoted cells may span lines. */
    private boolean next() throws PabulibFormatException {
        int length = end;
        if (pos >= length) {
            return false;
        }
        rowLine = line;
        cellCount = 0;
        while (true) {
            if (bytes[pos] == '"') {
                quotedCell();
            } else {
                int start = pos;
                while (pos < length) {
                    byte c = bytes[pos];
                    if (c == ';' || c == '\n' || c == '\r') {
                        break;
                    }
                    pos++;
                }
                addCell(bytes, start, pos);
            }
            if (pos >= length) {
                return true;
            }
            byte c = bytes[pos];
            if (c == ';') {
                pos++;
                if (pos >= length) {
                    addCell(bytes, pos, pos);
                    return true;
                }
                continue;
            }
            pos += (c == '\r' && pos + 1 < length && bytes[pos + 1] == '\n') ? 2 : 1;
            line++;
            return true;
        }
    }

    private void addCell(byte[] source, int from, int to) {
        if (cellCount == cellFrom.length) {
            cellSource = Arrays.copyOf(cellSource, 2 * cellCount);
            cellFrom = Arrays.copyOf(cellFrom, 2 * cellCount);
            cellTo = Arrays.copyOf(cellTo, 2 * cellCount);
        }
        cellSource[cellCount] = source;
        cellFrom[cellCount] = from;
        cellTo[cellCount] = to;
        cellCount++;
    }

    /**
     * A cell that starts with a quote, as Python's csv module (which Pabulib's tools use) reads it:
     * {@code ""} inside is one quote, line breaks inside are kept (as {@code \n}), and after the closing
     * quote the rest of the cell up to {@code ;} or the line end is taken literally, quotes included.
     */
    private void quotedCell() throws PabulibFormatException {
        int length = end;
        int startLine = rowLine;
        byte[] cell = new byte[16];
        int used = 0;
        pos++;
        while (true) {
            if (pos >= length) {
                throw new PabulibFormatException(startLine, "a quoted cell is never closed");
            }
            byte c = bytes[pos];
            if (c == '"') {
                if (pos + 1 < length && bytes[pos + 1] == '"') {
                    cell = append(cell, used++, (byte) '"');
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            if (c == '\r' && pos + 1 < length && bytes[pos + 1] == '\n') {
                pos++;
            }
            if (c == '\n' || c == '\r') {
                line++;
                cell = append(cell, used++, (byte) '\n');
            } else {
                cell = append(cell, used++, c);
            }
            pos++;
        }
        while (pos < length) {
            byte c = bytes[pos];
            if (c == ';' || c == '\n' || c == '\r') {
                break;
            }
            cell = append(cell, used++, c);
            pos++;
        }
        addCell(cell, 0, used);
    }

    private static byte[] append(byte[] to, int at, byte b) {
        if (at == to.length) {
            to = Arrays.copyOf(to, 2 * at);
        }
        to[at] = b;
        return to;
    }

    /** Start of cell i without the leading characters {@code String.trim} removes (those up to U+0020). */
    private int trimmedFrom(int i) {
        byte[] s = cellSource[i];
        int from = cellFrom[i];
        int to = cellTo[i];
        while (from < to && (s[from] & 0xff) <= ' ') {
            from++;
        }
        return from;
    }

    private int trimmedTo(int i, int from) {
        byte[] s = cellSource[i];
        int to = cellTo[i];
        while (to > from && (s[to - 1] & 0xff) <= ' ') {
            to--;
        }
        return to;
    }

    private String text(int i) {
        return new String(cellSource[i], cellFrom[i], cellTo[i] - cellFrom[i], StandardCharsets.UTF_8);
    }

    private List<String> texts() {
        List<String> out = new ArrayList<>(cellCount);
        for (int i = 0; i < cellCount; i++) {
            out.add(text(i));
        }
        return out;
    }

    private boolean isBlank() {
        return cellCount == 1 && trimmedFrom(0) == cellTo[0];
    }

    /** The trimmed cell, or null when absent, empty or {@code none}. */
    private String cell(int column) {
        if (column < 0 || column >= cellCount) {
            return null;
        }
        String value = text(column).trim();
        return value.isEmpty() || value.equalsIgnoreCase("none") ? null : value;
    }

    private static boolean isNone(byte[] s, int from, int to) {
        return to - from == 4 && (s[from] | 0x20) == 'n' && (s[from + 1] | 0x20) == 'o' && (s[from + 2] | 0x20) == 'n'
                && (s[from + 3] | 0x20) == 'e';
    }

    /** The section keyword of a one-cell row, or null. */
    private String sectionKeyword() {
        if (cellCount != 1) {
            return null;
        }
        String first = text(0).trim().toLowerCase(Locale.ROOT);
        return first.equals("meta") || first.equals("projects") || first.equals("votes") ? first : null;
    }

    // ---- sections ----

    /** What the META and PROJECTS sections settle, once both are read: see {@link #head}. */
    private BigDecimal budget;
    private VoteType voteType;
    private List<Project> projects;
    private Votes votes;

    /**
     * One pass over the rows that finds the sections; when VOTES comes after META and PROJECTS (as in every
     * Pabulib file) its rows are read in that same pass, otherwise in a second one from the VOTES header on.
     * Either way the errors are the same and in the same order: a fault in the sections' layout anywhere in
     * the file comes before one in META or PROJECTS, which comes before one in VOTES.
     */
    Parsed parse() throws PabulibFormatException {
        checkUtf8();
        Map<String, String> meta = new LinkedHashMap<>();
        List<List<String>> projectRows = new ArrayList<>();
        List<Integer> projectLines = new ArrayList<>();
        List<String> projectHeader = null;
        List<String> voteHeader = null;
        int projectHeaderLine = 0;
        int voteHeaderLine = 0;
        int votesFrom = -1;
        int votesLine = 0;
        boolean votesRead = false;
        /* a fault in META, PROJECTS or VOTES found in the one pass, thrown unless the layout has an earlier one */
        PabulibFormatException pending = null;
        boolean rowInHand = false;
        String section = null;
        Set<String> seenSections = new HashSet<>();
        while (rowInHand || next()) {
            rowInHand = false;
            if (isBlank()) {
                continue;
            }
            String keyword = sectionKeyword();
            if (keyword != null) {
                int keywordLine = rowLine;
                if (!seenSections.add(keyword)) {
                    throw new PabulibFormatException(keywordLine, "section " + keyword.toUpperCase(Locale.ROOT)
                            + " appears twice");
                }
                section = keyword;
                boolean found = next();
                while (found && isBlank()) {
                    found = next();
                }
                if (!found) {
                    throw new PabulibFormatException(keywordLine, "section " + keyword.toUpperCase(Locale.ROOT)
                            + " has no header line");
                }
                List<String> names = trimmed(texts());
                if (section.equals("projects")) {
                    projectHeader = names;
                    projectHeaderLine = rowLine;
                } else if (section.equals("votes")) {
                    voteHeader = names;
                    voteHeaderLine = rowLine;
                    votesFrom = pos;
                    votesLine = line;
                    if (projectHeader != null && seenSections.contains("meta")) {
                        try {
                            head(true, meta, projectHeader, projectHeaderLine, projectRows, projectLines);
                            rowInHand = readVotes(voteHeader, voteHeaderLine);
                            votesRead = true;
                        } catch (PabulibFormatException fault) {
                            // the rest of the file is still scanned for a fault in the layout, which comes first
                            pending = fault;
                        }
                    }
                }
                continue;
            }
            if (section == null) {
                throw new PabulibFormatException(rowLine, "expected META, PROJECTS or VOTES, found '" + text(0) + "'");
            }
            switch (section) {
                case "meta":
                    if (cellCount != 2) {
                        throw new PabulibFormatException(rowLine, "a META line needs exactly key;value, found "
                                + cellCount + " cells");
                    }
                    String key = text(0).trim();
                    if (meta.containsKey(key)) {
                        throw new PabulibFormatException(rowLine, "META key '" + key + "' appears twice");
                    }
                    meta.put(key, text(1).trim());
                    break;
                case "projects":
                    projectRows.add(texts());
                    projectLines.add(rowLine);
                    break;
                default:
                    // VOTES rows before META or PROJECTS: read in a second pass, once the projects are known
            }
        }
        if (pending != null) {
            throw pending;
        }
        if (projects == null) {
            head(seenSections.contains("meta"), meta, projectHeader, projectHeaderLine, projectRows, projectLines);
        }
        if (voteHeader != null && !votesRead) {
            pos = votesFrom;
            line = votesLine;
            readVotes(voteHeader, voteHeaderLine);
        }
        Profile profile = new Profile(meta, budget, voteType, projects, votes.count, Arrays.copyOf(votes.start,
                votes.count + 1), Arrays.copyOf(votes.project, votes.entries),
                votes.points == null ? null : Arrays.copyOf(votes.points, votes.entries));
        Instance instance = null;
        if (records) {
            try {
                instance = new Instance(meta, budget, voteType, projects, votes.ballots);
            } catch (IllegalArgumentException invalid) {
                throw new PabulibFormatException(0, invalid.getMessage());
            }
        }
        return new Parsed(profile, instance, ballotsWithRepeats);
    }

    /** Checks META and PROJECTS and settles the budget, the vote type and the projects. */
    private void head(boolean hasMeta, Map<String, String> meta, List<String> projectHeader, int projectHeaderLine,
            List<List<String>> projectRows, List<Integer> projectLines) throws PabulibFormatException {
        if (!hasMeta) {
            throw new PabulibFormatException(0, "the file has no META section");
        }
        String budgetText = meta.get("budget");
        if (budgetText == null) {
            throw new PabulibFormatException(0, "META has no budget");
        }
        BigDecimal budget = decimal(budgetText, "budget", 0);
        if (budget.signum() < 0) {
            throw new PabulibFormatException(0, "negative budget " + budget);
        }
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
        List<Project> projects = readProjects(projectHeader, projectHeaderLine, projectRows, projectLines);
        this.budget = budget;
        this.voteType = voteType;
        this.projects = projects;
        this.votes = new Votes(projects, voteType);
    }

    private static List<Project> readProjects(List<String> header, int headerLine, List<List<String>> rows,
            List<Integer> lines) throws PabulibFormatException {
        int idColumn = column(header, "project_id", headerLine, "PROJECTS");
        int costColumn = column(header, "cost", headerLine, "PROJECTS");
        int nameColumn = header.indexOf("name");
        requireUniqueColumns(header, headerLine, "PROJECTS");
        List<Project> projects = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int rowLine = lines.get(r);
            checkWidth(row.size(), rowLine, header, "PROJECTS");
            String id = cell(row, idColumn);
            if (id == null) {
                throw new PabulibFormatException(rowLine, "project without project_id");
            }
            if (!ids.add(id)) {
                throw new PabulibFormatException(rowLine, "project_id '" + id + "' appears twice");
            }
            String costText = cell(row, costColumn);
            if (costText == null) {
                throw new PabulibFormatException(rowLine, "project " + id + " has no cost");
            }
            BigDecimal cost = decimal(costText, "cost of project " + id, rowLine);
            if (cost.signum() < 0) {
                throw new PabulibFormatException(rowLine, "project " + id + " has a negative cost " + costText);
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

    /** The ballots read so far, as growing arrays (see {@link Profile}), and their records when asked for. */
    private final class Votes {
        final ProjectIds ids;
        final List<Project> projects;
        int count;
        int entries;
        int[] start = new int[1024];
        int[] project = new int[4096];
        BigDecimal[] points;
        final List<Ballot> ballots = new ArrayList<>();

        Votes(List<Project> projects, VoteType voteType) {
            this.projects = projects;
            ids = new ProjectIds(projects);
            points = voteType.hasPoints() ? new BigDecimal[4096] : null;
        }

        void add(int[] named, BigDecimal[] given, int length) {
            if (count + 2 > start.length) {
                start = Arrays.copyOf(start, 2 * start.length);
            }
            if (entries + length > project.length) {
                int grown = Math.max(2 * project.length, entries + length);
                project = Arrays.copyOf(project, grown);
                if (points != null) {
                    points = Arrays.copyOf(points, grown);
                }
            }
            System.arraycopy(named, 0, project, entries, length);
            if (points != null) {
                System.arraycopy(given, 0, points, entries, length);
            }
            entries += length;
            count++;
            start[count] = entries;
        }
    }

    /** Reads VOTES rows up to the end, or up to a section keyword: then true, with that row in hand. */
    private boolean readVotes(List<String> header, int headerLine) throws PabulibFormatException {
        int voterColumn = column(header, "voter_id", headerLine, "VOTES");
        int voteColumn = column(header, "vote", headerLine, "VOTES");
        boolean hasPoints = voteType.hasPoints();
        int pointsColumn = hasPoints ? column(header, "points", headerLine, "VOTES") : header.indexOf("points");
        requireUniqueColumns(header, headerLine, "VOTES");
        VoterIds voterIds = new VoterIds();
        int[] named = new int[16];
        int[] listFrom = new int[16];
        int[] listTo = new int[16];
        BigDecimal[] given = new BigDecimal[16];
        int[] slotOf = new int[16];
        int[] pointFrom = new int[16];
        int[] pointTo = new int[16];
        int[] seenIn = new int[projects.size()];
        int[] seenAt = new int[projects.size()];
        while (next()) {
            if (isBlank()) {
                continue;
            }
            if (sectionKeyword() != null) {
                return true;
            }
            checkWidth(cellCount, rowLine, header, "VOTES");
            int ballot = votes.count + 1;
            // voter id: its trimmed bytes, unless absent or none
            if (voterColumn >= cellCount) {
                throw new PabulibFormatException(rowLine, "vote without voter_id");
            }
            byte[] voterSource = cellSource[voterColumn];
            int voterFrom = trimmedFrom(voterColumn);
            int voterTo = trimmedTo(voterColumn, voterFrom);
            if (voterFrom == voterTo || isNone(voterSource, voterFrom, voterTo)) {
                throw new PabulibFormatException(rowLine, "vote without voter_id");
            }
            if (!voterIds.add(voterSource, voterFrom, voterTo)) {
                throw new PabulibFormatException(rowLine, "voter_id '" + voter(voterColumn) + "' appears twice");
            }
            // the projects named, in order; a repeat keeps the first position
            int parts = split(voteColumn, listFrom, listTo);
            if (parts > named.length) {
                named = new int[2 * parts];
                given = new BigDecimal[2 * parts];
                listFrom = Arrays.copyOf(listFrom, 2 * parts);
                listTo = Arrays.copyOf(listTo, 2 * parts);
                parts = split(voteColumn, listFrom, listTo);
            }
            if (parts > slotOf.length) {
                slotOf = new int[2 * parts];
            }
            int length = 0;
            boolean repeated = false;
            byte[] voteSource = voteColumn < cellCount ? cellSource[voteColumn] : null;
            for (int i = 0; i < parts; i++) {
                int p = votes.ids.find(voteSource, listFrom[i], listTo[i]);
                if (p < 0) {
                    throw new PabulibFormatException(rowLine, "voter " + voter(voterColumn) + " votes for unknown project '"
                            + new String(voteSource, listFrom[i], listTo[i] - listFrom[i], StandardCharsets.UTF_8) + "'");
                }
                if (seenIn[p] == ballot) {
                    repeated = true;
                    slotOf[i] = seenAt[p];
                } else {
                    seenIn[p] = ballot;
                    seenAt[p] = length;
                    slotOf[i] = length;
                    named[length++] = p;
                }
            }
            if (hasPoints) {
                int pointsParts = pointsColumn < cellCount ? countParts(pointsColumn) : 0;
                if (pointsParts != parts) {
                    throw new PabulibFormatException(rowLine, "voter " + voter(voterColumn) + " names " + parts
                            + " projects but gives " + pointsParts + " points");
                }
                if (parts > pointFrom.length) {
                    pointFrom = new int[2 * parts];
                    pointTo = new int[2 * parts];
                }
                split(pointsColumn, pointFrom, pointTo);
                byte[] pointSource = cellSource[pointsColumn];
                for (int i = 0; i < parts; i++) {
                    String text = new String(pointSource, pointFrom[i], pointTo[i] - pointFrom[i], StandardCharsets.UTF_8);
                    // the last points given to a project stand
                    given[slotOf[i]] = decimal(text, "points of voter " + voter(voterColumn), rowLine);
                }
            }
            if (repeated) {
                ballotsWithRepeats++;
            }
            if (voteType == VoteType.CHOOSE_1 && length > 1) {
                throw new PabulibFormatException(rowLine, "voter " + voter(voterColumn) + " chose " + length
                        + " projects in a choose-1 vote");
            }
            votes.add(named, given, length);
            if (records) {
                votes.ballots.add(ballot(header, voterColumn, voteColumn, hasPoints ? pointsColumn : -1, named, given,
                        length, projects));
            }
        }
        return false;
    }

    private Ballot ballot(List<String> header, int voterColumn, int voteColumn, int pointsColumn, int[] named,
            BigDecimal[] given, int length, List<Project> projects) {
        List<String> ids = new ArrayList<>(length);
        List<BigDecimal> points = new ArrayList<>(pointsColumn < 0 ? 0 : length);
        for (int i = 0; i < length; i++) {
            ids.add(projects.get(named[i]).id());
            if (pointsColumn >= 0) {
                points.add(given[i]);
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (i != voterColumn && i != voteColumn && i != pointsColumn) {
                String value = cell(i);
                if (value != null) {
                    attributes.put(header.get(i), value);
                }
            }
        }
        return new Ballot(voter(voterColumn), ids, points, attributes);
    }

    private String voter(int voterColumn) {
        return cell(voterColumn);
    }

    /**
     * The non-empty trimmed parts of a comma-separated cell (none when the cell is absent, empty or
     * {@code none}) as byte ranges; returns their number, filling at most {@code from.length} of them.
     */
    private int split(int column, int[] from, int[] to) {
        if (column < 0 || column >= cellCount) {
            return 0;
        }
        byte[] s = cellSource[column];
        int cellFrom = trimmedFrom(column);
        int cellEnd = trimmedTo(column, cellFrom);
        if (cellFrom == cellEnd || isNone(s, cellFrom, cellEnd)) {
            return 0;
        }
        int parts = 0;
        int at = cellFrom;
        while (true) {
            int end = at;
            while (end < cellEnd && s[end] != ',') {
                end++;
            }
            int a = at;
            int b = end;
            while (a < b && (s[a] & 0xff) <= ' ') {
                a++;
            }
            while (b > a && (s[b - 1] & 0xff) <= ' ') {
                b--;
            }
            if (a < b) {
                if (parts < from.length) {
                    from[parts] = a;
                    to[parts] = b;
                }
                parts++;
            }
            if (end >= cellEnd) {
                return parts;
            }
            at = end + 1;
        }
    }

    private int countParts(int column) {
        return split(column, new int[0], new int[0]);
    }

    /** Project ids by their UTF-8 bytes: open addressing, at most a quarter full. */
    private static final class ProjectIds {
        private final byte[][] keys;
        private final int[] indices;

        ProjectIds(List<Project> projects) {
            keys = new byte[Integer.highestOneBit(Math.max(8, 4 * projects.size() - 1)) * 2][];
            indices = new int[keys.length];
            for (int p = 0; p < projects.size(); p++) {
                byte[] id = projects.get(p).id().getBytes(StandardCharsets.UTF_8);
                int slot = hash(id, 0, id.length) & (keys.length - 1);
                while (keys[slot] != null) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = id;
                indices[slot] = p;
            }
        }

        int find(byte[] s, int from, int to) {
            for (int slot = hash(s, from, to) & (keys.length - 1); ; slot = (slot + 1) & (keys.length - 1)) {
                byte[] key = keys[slot];
                if (key == null) {
                    return -1;
                }
                if (Arrays.equals(key, 0, key.length, s, from, to)) {
                    return indices[slot];
                }
            }
        }
    }

    /**
     * Voter ids seen so far, as byte ranges (of the file, or of a quoted cell's copy) with their hashes, found
     * again through an open-addressing table of entry numbers: growing the table and passing a different id
     * in a slot compare hashes, not bytes.
     */
    private static final class VoterIds {
        private byte[][] source = new byte[1 << 12][];
        private int[] from = new int[1 << 12];
        private int[] to = new int[1 << 12];
        private int[] hashes = new int[1 << 12];
        private int count;
        /** Entry number + 1 per slot, 0 for empty; the length is a power of two, at most half full. */
        private int[] table = new int[1 << 13];

        boolean add(byte[] s, int f, int t) {
            int h = hash(s, f, t);
            int mask = table.length - 1;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                int e = table[slot] - 1;
                if (e < 0) {
                    table[slot] = append(s, f, t, h) + 1;
                    if (2 * count > table.length) {
                        growTable();
                    }
                    return true;
                }
                if (hashes[e] == h && Arrays.equals(source[e], from[e], to[e], s, f, t)) {
                    return false;
                }
            }
        }

        private int append(byte[] s, int f, int t, int h) {
            if (count == source.length) {
                source = Arrays.copyOf(source, 2 * count);
                from = Arrays.copyOf(from, 2 * count);
                to = Arrays.copyOf(to, 2 * count);
                hashes = Arrays.copyOf(hashes, 2 * count);
            }
            source[count] = s;
            from[count] = f;
            to[count] = t;
            hashes[count] = h;
            return count++;
        }

        private void growTable() {
            table = new int[2 * table.length];
            int mask = table.length - 1;
            for (int e = 0; e < count; e++) {
                int slot = hashes[e] & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = e + 1;
            }
        }
    }

    private static int hash(byte[] s, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + s[i];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    // ---- helpers ----

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

    private static void checkWidth(int cells, int line, List<String> header, String section)
            throws PabulibFormatException {
        if (cells > header.size()) {
            throw new PabulibFormatException(line, section + " row has " + cells + " cells but the header has "
                    + header.size() + " columns");
        }
    }

    /** The trimmed cell of a row of strings, or null when absent, empty or {@code none}. */
    private static String cell(List<String> row, int column) {
        if (column < 0 || column >= row.size()) {
            return null;
        }
        String value = row.get(column).trim();
        return value.isEmpty() || value.equalsIgnoreCase("none") ? null : value;
    }

    private static BigDecimal decimal(String text, String what, int line) throws PabulibFormatException {
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new PabulibFormatException(line, what + " is not a number: '" + text + "'");
        }
    }

    // ---- UTF-8 ----

    /** Rejects bytes that are not UTF-8 (as a decoder reporting malformed input would), naming the line. */
    private void checkUtf8() throws PabulibFormatException {
        byte[] s = bytes;
        int n = end;
        int i = 0;
        while (i < n) {
            int b = s[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int b0 = b & 0xff;
            int need;
            int min;
            if (b0 >= 0xC2 && b0 <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                throw notUtf8(i);
            }
            int cp = b0 & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                if (i + k >= n) {
                    throw notUtf8(i);
                }
                int c = s[i + k] & 0xff;
                if ((c & 0xC0) != 0x80) {
                    throw notUtf8(i);
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                throw notUtf8(i);
            }
            i += need + 1;
        }
    }

    private PabulibFormatException notUtf8(int offset) {
        int lineOfByte = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                lineOfByte++;
            }
        }
        return new PabulibFormatException(lineOfByte, "the file is not valid UTF-8");
    }
}
