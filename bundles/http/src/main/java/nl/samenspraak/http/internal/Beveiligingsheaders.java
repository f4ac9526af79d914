package nl.samenspraak.http.internal;

import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Headers every answer starts with, API and pages alike, before any servlet writes it: browsers never guess a
 * content type ({@code nosniff}), and what a signed-in user sees (Basic credentials or a session cookie: their
 * data, voting codes) is never stored by a browser or proxy. A servlet may still set its own
 * {@code Cache-Control}, as the static assets do.
 */
final class Beveiligingsheaders {

    static final String NOSNIFF = "X-Content-Type-Options";

    /** The headers of every error Jetty answers itself. */
    static final Map<String, String> ZONDER_OPSLAG = Map.of(
            "API-Version", JettyProbleem.API_VERSION,
            NOSNIFF, "nosniff",
            "Cache-Control", "no-store");

    private Beveiligingsheaders() {
    }

    static void zet(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(NOSNIFF, "nosniff");
        if (request.getHeader("Authorization") != null || request.getHeader("Cookie") != null) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
