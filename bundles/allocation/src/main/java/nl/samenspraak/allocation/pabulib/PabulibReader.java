package nl.samenspraak.allocation.pabulib;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.internal.PabulibParser;

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
        PabulibParser.Parsed parsed = PabulibParser.records(bytes);
        return new PabulibFile(parsed.instance(), parsed.ballotsWithRepeats());
    }

    public static Instance parse(String text) throws PabulibFormatException {
        return parseFile(text).instance();
    }

    public static PabulibFile parseFile(String text) throws PabulibFormatException {
        return parseFile(text.getBytes(StandardCharsets.UTF_8));
    }
}
