package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.Test;

/**
 * The headers a security officer checks: {@code nosniff} on every answer (API, pages, Jetty's own errors),
 * {@code Cache-Control: no-store} on everything a signed-in user gets (voting codes are only handed out to a
 * signed-in civil servant), the OpenAPI document readable from any origin, and {@code Allow} naming only the
 * methods a path has.
 */
public class KoppenIT extends SamenspraakTestSupport {

    private static String header(HttpResponse<String> response, String naam) {
        return response.headers().firstValue(naam).orElse("");
    }

    @Test
    public void everyAnswerSaysNosniff() {
        assertEquals("nosniff", header(get("/gemeenten"), "X-Content-Type-Options"));
        assertEquals("nosniff", header(get("/gemeenten/GM9999"), "X-Content-Type-Options"));
        assertEquals("nosniff", header(get("/mij", "ambtenaar-doetinchem", "demo"), "X-Content-Type-Options"));
        assertEquals("nosniff", header(get("/api/v1/openapi.json"), "X-Content-Type-Options"));
        HttpResponse<String> pagina = send(HttpRequest.newBuilder(java.net.URI.create(
                uri("/api/v1/gemeenten").toString().replace("/api/v1/gemeenten", "/"))).GET());
        assertEquals(pagina.body(), "nosniff", header(pagina, "X-Content-Type-Options"));
        assertEquals("nosniff", RauwHttp.stuur(Integer.parseInt(System.getProperty("samenspraak.itest.http.port")),
                "GET /api/v1/gemeenten/{x} HTTP/1.1", "Host: localhost").header("X-Content-Type-Options"));
    }

    @Test
    public void whatASignedInUserGetsIsNeverStored() {
        assertEquals("no-store", header(get("/mij", "ambtenaar-doetinchem", "demo"), "Cache-Control"));
        assertEquals("no-store", header(get("/gemeenten/GM0222/budgetten", "ambtenaar-doetinchem", "demo"), "Cache-Control"));
        // voting codes come from this operation only, and only for a signed-in civil servant
        HttpResponse<String> stempassen = post("/gemeenten/GM0222/wijkbudgetten/bestaat-niet/stempassen",
                "ambtenaar-doetinchem", "{\"kiezers\":[]}");
        assertEquals("no-store", header(stempassen, "Cache-Control"));
        assertEquals("no-store", header(get("/mij", "ambtenaar-doetinchem", "fout"), "Cache-Control"));
    }

    @Test
    public void theOpenApiDocumentIsReadableFromAnyOrigin() {
        HttpResponse<String> document = get("/api/v1/openapi.json");
        assertEquals(200, document.statusCode());
        assertEquals("*", header(document, "Access-Control-Allow-Origin"));
    }

    @Test
    public void allowNamesOnlyTheMethodsOfThePath() {
        HttpResponse<String> options = send(HttpRequest.newBuilder(uri("/health"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals("GET, HEAD, OPTIONS", header(options, "Allow"));
        HttpResponse<String> delete = send(HttpRequest.newBuilder(uri("/health")).DELETE());
        assertProblem(delete, 405);
        assertEquals("GET, HEAD, OPTIONS", header(delete, "Allow"));
        HttpResponse<String> budgetten = send(HttpRequest.newBuilder(uri("/gemeenten/GM0222/budgetten")).DELETE()
                .header("Authorization", basic("ambtenaar-doetinchem", "demo")));
        assertProblem(budgetten, 405);
        assertEquals("GET, HEAD, OPTIONS, POST", header(budgetten, "Allow"));
        assertFalse(header(send(HttpRequest.newBuilder(uri("/gemeenten/GM0222")).DELETE()), "Allow").contains("POST"));
    }
}
