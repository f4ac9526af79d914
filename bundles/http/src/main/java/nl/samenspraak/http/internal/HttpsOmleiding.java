package nl.samenspraak.http.internal;

/**
 * Where a plain HTTP request is sent when plain HTTP only redirects: the same host, path and query over HTTPS, on
 * the port of this server's TLS connector, or on 443 for a request a trusted proxy passed on (the proxy's own
 * HTTPS port, which this server cannot know otherwise).
 */
final class HttpsOmleiding {

    private HttpsOmleiding() {
    }

    /** @param pad the path and query as sent, already checked to be a URI ({@link Verzoekdoel}) */
    static String doel(String host, int poort, String pad) {
        String h = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        return "https://" + h + (poort == 443 || poort <= 0 ? "" : ":" + poort) + (pad == null || pad.isEmpty() ? "/" : pad);
    }

    /** The value of {@code Strict-Transport-Security}, or null when it is off. */
    static String hsts(long seconden) {
        return seconden > 0 ? "max-age=" + seconden : null;
    }
}
