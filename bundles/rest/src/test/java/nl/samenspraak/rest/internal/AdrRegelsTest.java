package nl.samenspraak.rest.internal;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The checks of the Dutch API register's linter (developer.overheid.nl's API Design Rules ruleset for Spectral)
 * on the document the build generated, one test per rule of the standard. Written here in Java rather than by
 * running Spectral from npm in the build: the same checks, without a Node.js toolchain and an npm download in
 * every build on a two-core machine. Each failure names the place in the document, as the linter would.
 */
public class AdrRegelsTest {

    private static final Set<String> METHODEN = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern PAD_VARIABELE = Pattern.compile("\\{([^}]+)}");

    private static JsonNode document;

    @BeforeClass
    public static void lees() throws IOException {
        try (InputStream in = AdrRegelsTest.class.getResourceAsStream("/openapi/openapi.json")) {
            document = new ObjectMapper().readTree(in);
        }
    }

    /** /core/doc-openapi: an OpenAPI 3 document, versioned major.minor(.patch). */
    @Test
    public void openapi3() {
        assertEquals(true, document.path("openapi").asText().matches("^3(\\.\\d+){1,2}$"));
    }

    /** /core/version-header: every 2xx and 3xx response declares the API-Version header. */
    @Test
    public void everySuccessResponseDeclaresApiVersion() {
        List<String> fouten = new ArrayList<>();
        operaties((waar, operatie) -> operatie.path("responses").fields().forEachRemaining(r -> {
            JsonNode response = volg(r.getValue());
            if (r.getKey().matches("[23]\\d\\d") && !response.path("headers").has("API-Version")) {
                fouten.add(waar + " " + r.getKey());
            }
        }));
        assertEquals("success responses without the API-Version header", List.of(), fouten);
    }

    /** /core/uri-version: the server URL holds the major version. */
    @Test
    public void serversIncludeTheMajorVersion() {
        assertEquals(true, document.path("servers").size() > 0);
        document.path("servers").forEach(s -> assertEquals(s.toString(), true, Pattern.compile("/v\\d").matcher(s.path("url").asText()).find()));
    }

    /** /core/no-trailing-slash. */
    @Test
    public void noPathEndsWithASlash() {
        List<String> fouten = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(p -> {
            if (p.length() > 1 && p.endsWith("/")) {
                fouten.add(p);
            }
        });
        assertEquals(List.of(), fouten);
    }

    /** /core/doc-openapi-contact: info.contact with name, url and email. */
    @Test
    public void contactHasNameUrlAndEmail() {
        JsonNode contact = document.at("/info/contact");
        for (String veld : List.of("name", "url", "email")) {
            assertEquals("info.contact." + veld, false, contact.path(veld).asText().isBlank());
        }
    }

    /** /core/http-methods: a path item holds standard methods (and parameters) only. */
    @Test
    public void onlyStandardHttpMethods() {
        Set<String> toegestaan = Set.of("get", "put", "post", "delete", "patch", "parameters", "summary", "description",
                "servers", "head", "options");
        List<String> fouten = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(k -> {
            if (!toegestaan.contains(k)) {
                fouten.add(p.getKey() + " " + k);
            }
        }));
        assertEquals(List.of(), fouten);
    }

    /** /core/path-segments-kebab-case: lower-case segments with hyphens, or a variable. */
    @Test
    public void pathSegmentsAreKebabCase() {
        List<String> fouten = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(p -> {
            for (String segment : p.substring(1).split("/", -1)) {
                if (!segment.matches("[a-z0-9\\-.]+|\\{[^}]+}|_[a-z0-9]+")) {
                    fouten.add(p + " (" + segment + ")");
                }
            }
        });
        assertEquals(List.of(), fouten);
    }

    /** /core/query-keys-camel-case: query parameters are lowerCamelCase. */
    @Test
    public void queryKeysAreLowerCamelCase() {
        List<String> fouten = new ArrayList<>();
        parameters((waar, parameter) -> {
            if ("query".equals(parameter.path("in").asText())
                    && !parameter.path("name").asText().matches("^\\$?[a-z][a-z\\d]*([A-Z][a-z\\d]*)*$")) {
                fouten.add(waar + " " + parameter.path("name").asText());
            }
        });
        assertEquals(List.of(), fouten);
    }

    /** /core/error-handling/problem-details: 4xx and 5xx are problem+json with status, title and detail. */
    @Test
    public void errorsAreProblemsWithStatusTitleAndDetail() {
        List<String> fouten = new ArrayList<>();
        operaties((waar, operatie) -> operatie.path("responses").fields().forEachRemaining(r -> {
            if (!r.getKey().matches("[45]\\d\\d")) {
                return;
            }
            JsonNode inhoud = volg(r.getValue()).path("content");
            JsonNode probleem = inhoud.path("application/problem+json");
            if (probleem.isMissingNode()) {
                fouten.add(waar + " " + r.getKey() + " is not application/problem+json");
                return;
            }
            JsonNode eigenschappen = volg(probleem.path("schema")).path("properties");
            for (String veld : List.of("status", "title", "detail")) {
                if (!eigenschappen.has(veld)) {
                    fouten.add(waar + " " + r.getKey() + " lacks " + veld);
                }
            }
        }));
        assertEquals(List.of(), fouten);
    }

    /** /core/error-handling/invalid-input: writes, and reads with parameters, document their 400. */
    @Test
    public void operationsThatTakeInputDocument400() {
        List<String> fouten = new ArrayList<>();
        operaties((waar, operatie) -> {
            boolean lezen = waar.startsWith("GET ") || waar.startsWith("DELETE ");
            boolean invoer = !lezen || operatie.path("parameters").size() > 0;
            if (invoer && !operatie.path("responses").has("400")) {
                fouten.add(waar);
            }
        });
        assertEquals(List.of(), fouten);
    }

    /** /core/date-time: no local date-times or zoned times; a field named as a date has format date. */
    @Test
    public void datesAndTimesUseTheirFormats() {
        List<String> fouten = new ArrayList<>();
        eigenschappen(document, "", (waar, eigenschap) -> {
            String format = eigenschap.getValue().path("format").asText();
            if (format.equals("date-time-local") || format.equals("time")) {
                fouten.add(waar + " format " + format);
            }
            if (eigenschap.getKey().matches("date|datum|.*(\\w+D|_[dD])(ate|atum).*")) {
                if (format.isEmpty() && !eigenschap.getValue().has("allOf") && !eigenschap.getValue().has("$ref")) {
                    fouten.add(waar + " has no format");
                } else if (format.equals("date-time")) {
                    fouten.add(waar + " is a date, not a date-time");
                }
            }
        });
        assertEquals(List.of(), fouten);
    }

    /** The version in info is semantic. */
    @Test
    public void versionIsSemver() {
        assertEquals(true, document.at("/info/version").asText().matches("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"));
    }

    /** The linter's OpenAPI checks: unique operationIds and tags, path parameters that match the template. */
    @Test
    public void operationIdsAndTagsAreUniqueAndPathParametersMatch() {
        List<String> fouten = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        operaties((waar, operatie) -> {
            String id = operatie.path("operationId").asText();
            if (!ids.add(id)) {
                fouten.add(waar + " repeats operationId " + id);
            }
        });
        Set<String> tags = new HashSet<>();
        document.path("tags").forEach(t -> {
            if (!tags.add(t.path("name").asText())) {
                fouten.add("tag " + t.path("name").asText() + " twice");
            }
        });
        document.path("paths").fields().forEachRemaining(p -> {
            Set<String> inSjabloon = new TreeSet<>();
            Matcher m = PAD_VARIABELE.matcher(p.getKey());
            while (m.find()) {
                inSjabloon.add(m.group(1));
            }
            p.getValue().fields().forEachRemaining(o -> {
                if (!METHODEN.contains(o.getKey())) {
                    return;
                }
                Set<String> gedeclareerd = new TreeSet<>();
                for (JsonNode lijst : List.of(p.getValue().path("parameters"), o.getValue().path("parameters"))) {
                    lijst.forEach(par -> {
                        JsonNode parameter = volg(par);
                        if ("path".equals(parameter.path("in").asText())) {
                            gedeclareerd.add(parameter.path("name").asText());
                        }
                    });
                }
                if (!gedeclareerd.equals(inSjabloon)) {
                    fouten.add(o.getKey().toUpperCase() + " " + p.getKey() + " declares " + gedeclareerd + " for " + inSjabloon);
                }
            });
        });
        assertEquals(List.of(), fouten);
    }

    /** Schema names are UpperCamelCase (a warning in the linter). */
    @Test
    public void schemaNamesAreUpperCamelCase() {
        List<String> fouten = new ArrayList<>();
        document.at("/components/schemas").fieldNames().forEachRemaining(n -> {
            if (!n.matches("[A-Z][a-zA-Z0-9]*")) {
                fouten.add(n);
            }
        });
        assertEquals(List.of(), fouten);
    }

    // ---- walking the document ----

    private static void operaties(BiConsumer<String, JsonNode> bezoek) {
        document.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(o -> {
            if (METHODEN.contains(o.getKey())) {
                bezoek.accept(o.getKey().toUpperCase() + " " + p.getKey(), o.getValue());
            }
        }));
    }

    private static void parameters(BiConsumer<String, JsonNode> bezoek) {
        document.path("paths").fields().forEachRemaining(p -> {
            p.getValue().path("parameters").forEach(par -> bezoek.accept(p.getKey(), volg(par)));
            p.getValue().fields().forEachRemaining(o -> o.getValue().path("parameters")
                    .forEach(par -> bezoek.accept(o.getKey().toUpperCase() + " " + p.getKey(), volg(par))));
        });
    }

    /** Every named property anywhere in the document, with where it is. */
    private static void eigenschappen(JsonNode node, String waar, BiConsumer<String, Map.Entry<String, JsonNode>> bezoek) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> velden = node.fields();
            while (velden.hasNext()) {
                Map.Entry<String, JsonNode> veld = velden.next();
                if (veld.getKey().equals("properties") && veld.getValue().isObject()) {
                    veld.getValue().fields().forEachRemaining(e -> bezoek.accept(waar + ".properties." + e.getKey(), e));
                }
                eigenschappen(veld.getValue(), waar + "." + veld.getKey(), bezoek);
            }
        } else if (node.isArray()) {
            node.forEach(n -> eigenschappen(n, waar + "[]", bezoek));
        }
    }

    private static final Map<String, JsonNode> VOLG = new HashMap<>();

    /** A {@code $ref} inside this document, followed. */
    private static JsonNode volg(JsonNode node) {
        String ref = node.path("$ref").asText();
        if (ref.isEmpty()) {
            return node;
        }
        return VOLG.computeIfAbsent(ref, r -> document.at(r.substring(1)));
    }
}
