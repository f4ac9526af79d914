package nl.samenspraak.allocation.pabulib;

/** A .pb file that cannot be read as written; the message names the line. */
public class PabulibFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;

    public PabulibFormatException(int line, String message) {
        super((line > 0 ? "line " + line + ": " : "") + message);
        this.line = line;
    }

    /** The 1-based line number of the problem, or 0 when it concerns the file as a whole. */
    public int line() {
        return line;
    }
}
