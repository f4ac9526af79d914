package nl.samenspraak.api.budget;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact amount of euros, held as whole euro cents. Never a floating point number: written and read as a
 * decimal string with a point and at most two decimals, e.g. {@code "1500.00"}, {@code "0.05"}, {@code "12"}.
 * <p>
 * A {@code Bedrag} may be negative only as the result of arithmetic; {@link #parse(String)} reads
 * non-negative amounts only. Arithmetic is exact and fails on overflow instead of wrapping.
 *
 * @param centen the amount in euro cents
 */
public record Bedrag(long centen) implements Comparable<Bedrag> {

    public static final Bedrag NUL = new Bedrag(0);

    /**
     * The largest amount {@link #parse(String)} reads: one hundred billion euros, far above any budget of a
     * gemeente, and far enough below {@link Long#MAX_VALUE} that sums of a ledger cannot overflow.
     */
    public static final Bedrag MAXIMUM = new Bedrag(100_000_000_000_00L);

    private static final Pattern DECIMAAL = Pattern.compile("(\\d{1,12})(?:\\.(\\d{1,2}))?");

    public static Bedrag centen(long centen) {
        return new Bedrag(centen);
    }

    public static Bedrag euro(long euro) {
        return new Bedrag(Math.multiplyExact(euro, 100L));
    }

    /**
     * Reads a non-negative amount in euros: digits, optionally a point and one or two decimals
     * ({@code "1234.56"}, {@code "1234.5"}, {@code "1234"}). Refuses a comma, a sign, an exponent, spaces,
     * a third decimal (no rounding ever) and amounts above {@link #MAXIMUM}.
     *
     * @throws IllegalArgumentException with a Dutch reason fit for the person who typed it
     */
    public static Bedrag parse(String tekst) {
        if (tekst == null || tekst.isEmpty()) {
            throw new IllegalArgumentException("een bedrag is verplicht, bijvoorbeeld \"1500.00\"");
        }
        Matcher m = DECIMAAL.matcher(tekst);
        if (!m.matches()) {
            if (tekst.startsWith("-")) {
                throw new IllegalArgumentException("een bedrag kan niet negatief zijn");
            }
            if (tekst.matches("\\d+\\.\\d{3,}")) {
                throw new IllegalArgumentException("een bedrag heeft hoogstens twee decimalen (hele centen)");
            }
            throw new IllegalArgumentException(
                    "geen bedrag in euro's: schrijf cijfers met hoogstens twee decimalen na een punt, bijvoorbeeld \"1500.00\"");
        }
        String decimalen = m.group(2) == null ? "" : m.group(2);
        long centen = Long.parseLong(m.group(1)) * 100 + (decimalen.isEmpty() ? 0
                : Long.parseLong(decimalen.length() == 1 ? decimalen + "0" : decimalen));
        Bedrag bedrag = new Bedrag(centen);
        if (bedrag.compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException("een bedrag is hoogstens " + MAXIMUM);
        }
        return bedrag;
    }

    public Bedrag plus(Bedrag ander) {
        return new Bedrag(Math.addExact(centen, ander.centen));
    }

    public Bedrag min(Bedrag ander) {
        return new Bedrag(Math.subtractExact(centen, ander.centen));
    }

    public boolean isNegatief() {
        return centen < 0;
    }

    public boolean isPositief() {
        return centen > 0;
    }

    public boolean groterDan(Bedrag ander) {
        return centen > ander.centen;
    }

    public static Bedrag kleinste(Bedrag a, Bedrag b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public int compareTo(Bedrag ander) {
        return Long.compare(centen, ander.centen);
    }

    /** Euros with a point and always two decimals, e.g. {@code "1234.56"}, {@code "-0.05"}; reads back with {@link #parse}. */
    @Override
    public String toString() {
        long abs = Math.abs(centen);
        String tekst = (abs / 100) + "." + (abs % 100 < 10 ? "0" : "") + (abs % 100);
        return centen < 0 ? "-" + tekst : tekst;
    }
}
