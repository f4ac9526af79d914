package nl.samenspraak.http.internal;

import java.util.Map;

/** The headers every error Jetty answers itself carries. */
final class Beveiligingsheaders {

    static final Map<String, String> ZONDER_OPSLAG = Map.of(
            "API-Version", JettyProbleem.API_VERSION,
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store");

    private Beveiligingsheaders() {
    }
}
