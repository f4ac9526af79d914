package nl.samenspraak.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.IntSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Samenspraak API over real HTTP on localhost, as the tests call it: paths are relative to
 * {@code /api/v1} unless they start with {@code /api}; demo users sign in with password {@code demo}.
 */
final class ApiClient {

    static final String DEMO_PASSWORD = "demo";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final IntSupplier port;
    private final Duration requestTimeout;

    /** @param port read at every request, for a container whose port is known only once it is configured */
    ApiClient(IntSupplier port, Duration requestTimeout) {
        this.port = port;
        this.requestTimeout = requestTimeout;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Authorization", basic(user, password)));
    }

    /** POSTs JSON as a demo user (password demo), or anonymously when {@code user} is null. */
    HttpResponse<String> post(String path, String user, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", basic(user, DEMO_PASSWORD));
        }
        return send(request);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(requestTimeout).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return uri(port.getAsInt(), path);
    }

    static URI uri(int port, String path) {
        String base = "http://localhost:" + port;
        return URI.create(path.startsWith("/api") ? base + path : base + "/api/v1" + path);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /**
     * A port nobody listens on at this moment, between 22000 and 32000 (above Pax Exam's RMI ports 21000-21099,
     * below Linux's ephemeral range 32768-60999), never handed out twice in this JVM. A port the system chooses
     * (ServerSocket(0)) is ephemeral, so a container's own random ports, such as Karaf's shutdown socket, could
     * take it before the container binds it to HTTP (seen once).
     */
    static synchronized int freePort() {
        for (int poging = 0; poging < 1000; poging++) {
            int port = 22000 + VRIJE_POORTEN.nextInt(10000);
            if (UITGEGEVEN.add(port)) {
                try (ServerSocket socket = new ServerSocket(port)) {
                    return socket.getLocalPort();
                } catch (IOException inGebruik) {
                    // taken by someone else: try another
                }
            }
        }
        throw new IllegalStateException("no free port between 22000 and 32000");
    }

    private static final java.util.Random VRIJE_POORTEN = new java.util.Random();
    private static final java.util.Set<Integer> UITGEGEVEN = new java.util.HashSet<>();
}
