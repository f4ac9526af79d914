package nl.samenspraak.http.internal;

/**
 * Whether a request target (path and query, as sent) is a URI reference at all (RFC 3986): only its
 * unreserved, reserved and percent-encoded characters, each {@code %} followed by two hex digits. Jetty passes
 * {@code {}, {@code |}, {@code \} or a bad escape in the query on to the servlets, where CXF fails on it with a
 * 500 that names a Java exception.
 */
final class Verzoekdoel {

    private Verzoekdoel() {
    }

    static boolean geldig(String doel) {
        if (doel == null) {
            return true;
        }
        for (int i = 0; i < doel.length(); i++) {
            char c = doel.charAt(i);
            if (c == '%') {
                if (i + 2 >= doel.length() || !hex(doel.charAt(i + 1)) || !hex(doel.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!toegestaan(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean toegestaan(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
