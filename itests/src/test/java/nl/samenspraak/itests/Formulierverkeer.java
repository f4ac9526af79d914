package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in user's forms without a browser: plain HTTP with the session cookie and a valid CSRF token, so a
 * test can post what no page offers (another gemeente's ids) and read the status the pages answer.
 */
final class Formulierverkeer {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String csrf;

    /** Signs in with the sign-in form (password {@code demo}). */
    Formulierverkeer(String gebruiker) {
        String token = token(get("/inloggen").body());
        HttpResponse<String> aangemeld = send(HttpRequest.newBuilder(uri("/inloggen")), Map.of("csrf", token,
                "gebruikersnaam", gebruiker, "wachtwoord", "demo"));
        assertEquals("signed in as " + gebruiker, 303, aangemeld.statusCode());
        csrf = token(get("/privacy").body());
    }

    HttpResponse<String> get(String pad) {
        try {
            return client.send(HttpRequest.newBuilder(uri(pad)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts the form with this session's CSRF token added. */
    HttpResponse<String> post(String pad, Map<String, String> velden) {
        Map<String, String> metToken = new java.util.LinkedHashMap<>(velden);
        metToken.put("csrf", csrf);
        return send(HttpRequest.newBuilder(uri(pad)), metToken);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> velden) {
        String body = velden.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        try {
            return client.send(request.timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String pad) {
        return URI.create(WebTestSupport.basis() + pad);
    }

    private static String token(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertTrue("no CSRF token in the page", matcher.find());
        return matcher.group(1);
    }
}
