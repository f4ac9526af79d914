package nl.samenspraak.http.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The {@code application/problem+json} body (RFC 9457) of an error Jetty answers itself, in the same form and
 * Dutch wording as the API's own problems, with a fixed detail per status: Jetty's reason and any exception
 * message stay in the log, never in the answer.
 */
final class JettyProbleem {

    static final String MEDIA_TYPE = "application/problem+json";
    /** The version of {@code /api/v1}, as its resources send it; the integration tests check both agree. */
    static final String API_VERSION = "1.0.0";
    static final String TYPE_BASE = "https://samenspraak.nl/problemen/";

    private record Soort(String slug, String titel, String detail) {
    }

    private static final Map<Integer, Soort> SOORTEN = Map.ofEntries(
            Map.entry(400, new Soort("ongeldig-verzoek", "Ongeldig verzoek",
                    "Het verzoek is geen geldig HTTP-verzoek, of het adres bevat tekens die niet in een URI mogen")),
            Map.entry(404, new Soort("niet-gevonden", "Niet gevonden", "Deze resource bestaat niet")),
            Map.entry(405, new Soort("methode-niet-toegestaan", "Methode niet toegestaan",
                    "Deze resource ondersteunt deze HTTP-methode niet")),
            Map.entry(411, new Soort("lengte-vereist", "Lengte vereist",
                    "Een verzoek met een body noemt zijn lengte (Content-Length); chunked wordt niet aangenomen")),
            Map.entry(413, new Soort("verzoek-te-groot", "Verzoek te groot",
                    "De body is groter dan deze resource aanneemt: 1 MB voor de API, 10 MB voor papieren stemmen")),
            Map.entry(414, new Soort("adres-te-lang", "Adres te lang", "Het adres van het verzoek is langer dan 8192 tekens")),
            Map.entry(431, new Soort("headers-te-groot", "Headers te groot", "De headers van het verzoek zijn samen groter dan 8 kB")),
            Map.entry(505, new Soort("http-versie-niet-ondersteund", "HTTP-versie niet ondersteund", "Gebruik HTTP/1.1")),
            Map.entry(500, new Soort("interne-fout", "Interne fout", "Er ging iets mis aan onze kant")),
            Map.entry(503, new Soort("niet-beschikbaar", "Tijdelijk niet beschikbaar",
                    "De dienst is tijdelijk niet beschikbaar; probeer het later opnieuw")));

    private JettyProbleem() {
    }

    static byte[] json(int status) {
        Soort soort = SOORTEN.get(status);
        if (soort == null) {
            soort = status >= 500 ? SOORTEN.get(500) : SOORTEN.get(400);
            soort = new Soort(String.valueOf(status), soort.titel(), soort.detail());
        }
        // fixed texts without quotes or backslashes: no JSON library needed to write them
        return ("{\"type\":\"" + TYPE_BASE + soort.slug() + "\",\"title\":\"" + soort.titel() + "\",\"status\":" + status
                + ",\"detail\":\"" + soort.detail() + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
