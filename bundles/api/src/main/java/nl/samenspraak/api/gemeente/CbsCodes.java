package nl.samenspraak.api.gemeente;

import java.util.regex.Pattern;

/**
 * The code formats of the CBS (Centraal Bureau voor de Statistiek) that identify gemeenten and wijken.
 */
public final class CbsCodes {

    private static final Pattern GEMEENTE = Pattern.compile("GM\\d{4}");
    private static final Pattern WIJK = Pattern.compile("WK\\d{6}");

    private CbsCodes() {
    }

    /** {@code GM} followed by four digits, e.g. {@code GM0518}. */
    public static boolean isGemeenteCode(String code) {
        return code != null && GEMEENTE.matcher(code).matches();
    }

    /** {@code WK}, the four digits of the gemeente and two of the wijk, e.g. {@code WK051836} in GM0518. */
    public static boolean isWijkCodeOf(String wijkCode, String gemeenteCode) {
        return wijkCode != null && isGemeenteCode(gemeenteCode) && WIJK.matcher(wijkCode).matches()
                && wijkCode.substring(2, 6).equals(gemeenteCode.substring(2));
    }
}
