package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A resident's browser without the browser: pages over plain HTTP with the session cookie and the CSRF token of
 * the last page, as a form posts them. For tests that need a page's effect, not its look.
 */
final class Websessie {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSIE = Pattern.compile("samenspraak-sessie=([^;]*)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String basis;
    private String cookie;
    private String csrf;

    Websessie(int port) {
        this.basis = "http://localhost:" + port;
    }

    static Websessie aangemeld(int port, String gebruiker) {
        Websessie sessie = new Websessie(port);
        sessie.get("/inloggen");
        HttpResponse<String> antwoord = sessie.post("/inloggen", Map.of("gebruikersnaam", gebruiker, "wachtwoord", "demo"));
        assertEquals("signed in as " + gebruiker + ": " + antwoord.body(), 303, antwoord.statusCode());
        return sessie;
    }

    HttpResponse<String> get(String pad) {
        return stuur(HttpRequest.newBuilder(URI.create(pad.startsWith("http") ? pad : basis + pad)).GET());
    }

    /** Posts a form with the CSRF token of the last page. */
    HttpResponse<String> post(String pad, Map<String, String> velden) {
        Map<String, String> alles = new LinkedHashMap<>(velden);
        if (csrf != null) {
            alles.put("csrf", csrf);
        }
        String body = alles.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form with one file (multipart/form-data, as a browser sends it), with the CSRF token of the last page. */
    HttpResponse<String> postBestand(String pad, String veld, String bestandsnaam, String inhoud) {
        String grens = "samenspraak-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        if (csrf != null) {
            body.append("--").append(grens).append("\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n").append(csrf)
                    .append("\r\n");
        }
        body.append("--").append(grens).append("\r\nContent-Disposition: form-data; name=\"").append(veld)
                .append("\"; filename=\"").append(bestandsnaam).append("\"\r\nContent-Type: text/csv\r\n\r\n").append(inhoud)
                .append("\r\n--").append(grens).append("--\r\n");
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).header("Content-Type", "multipart/form-data; boundary=" + grens)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /** The same browser session with its requests sent to another node, as a load balancer without sticky sessions may. */
    Websessie naar(int port) {
        Websessie elders = new Websessie(port);
        elders.cookie = cookie;
        elders.csrf = csrf;
        return elders;
    }

    private HttpResponse<String> stuur(HttpRequest.Builder verzoek) {
        if (cookie != null) {
            verzoek.header("Cookie", "samenspraak-sessie=" + cookie);
        }
        try {
            HttpResponse<String> antwoord = http.send(verzoek.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            antwoord.headers().allValues("Set-Cookie").forEach(c -> {
                Matcher m = SESSIE.matcher(c);
                if (m.find()) {
                    cookie = m.group(1).isEmpty() ? null : m.group(1);
                }
            });
            Matcher m = CSRF.matcher(antwoord.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return antwoord;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
