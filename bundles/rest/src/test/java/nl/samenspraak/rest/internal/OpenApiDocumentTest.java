package nl.samenspraak.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.ws.rs.HttpMethod;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The generated document must describe every resource method of the bundle, in Dutch, as OpenAPI 3.0.
 */
public class OpenApiDocumentTest {

    private static final String RESOURCES = "nl.samenspraak.rest.internal.resources";

    @Test
    public void documentsEveryResourceMethod() throws Exception {
        JsonNode document = document();
        assertTrue(document.get("openapi").asText().startsWith("3.0"));
        assertEquals("/api/v1", document.at("/servers/0/url").asText());

        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " /" + strip(path.getKey()))));
        Set<String> implemented = implementedOperations();
        assertFalse(implemented.isEmpty());
        assertEquals(implemented, documented);
    }

    @Test
    public void everyOperationHasADutchSummaryAndAnOperationId() throws Exception {
        document().get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey() + " " + path.getKey();
            assertFalse(where + " has no summary", op.getValue().path("summary").asText().isBlank());
            assertFalse(where + " has no operationId", op.getValue().path("operationId").asText().isBlank());
        }));
    }

    /**
     * A secured operation tells what happens without credentials (401) and without the role (403), and every
     * error response refers to the shared ones in {@code components.responses} instead of repeating the
     * problem block.
     */
    @Test
    public void securedOperationsDocument401And403AndErrorsUseTheSharedResponses() throws Exception {
        JsonNode document = document();
        JsonNode shared = document.at("/components/responses");
        assertTrue("no shared responses", shared.size() > 0);
        shared.fields().forEachRemaining(r -> assertEquals(r.getKey(), "#/components/schemas/Problem",
                r.getValue().at("/content/application~1problem+json/schema/$ref").asText()));
        List<String> secured = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            JsonNode responses = op.getValue().path("responses");
            responses.fields().forEachRemaining(response -> {
                String ref = response.getValue().path("$ref").asText();
                assertFalse(where + " " + response.getKey() + " repeats the problem block instead of referring to "
                        + "components.responses", response.getValue().at("/content/application~1problem+json").isObject());
                if (!ref.isEmpty()) {
                    assertTrue(where + " refers to an undefined response " + ref,
                            shared.has(ref.substring(ref.lastIndexOf('/') + 1)));
                }
            });
            if (op.getValue().path("security").size() > 0) {
                secured.add(where);
                assertEquals(where + " lacks 401", "#/components/responses/NietAangemeld", responses.at("/401/$ref").asText());
                assertEquals(where + " lacks 403", "#/components/responses/GeenToegang", responses.at("/403/$ref").asText());
            }
        }));
        assertFalse("no secured operation found", secured.isEmpty());
    }

    /**
     * The schema of a JSON request body names every field its record reads. Two records of one simple name (a
     * resource's nested {@code FaseInvoer} and another's) once shared one schema, so a required field was missing.
     */
    @Test
    public void everyJsonRequestBodySchemaListsTheFieldsItsRecordReads() throws Exception {
        JsonNode document = document();
        java.util.Map<String, JsonNode> operaties = new java.util.HashMap<>();
        document.get("paths").forEach(pad -> pad.forEach(op -> operaties.put(op.path("operationId").asText(), op)));
        int gecontroleerd = 0;
        for (Class<?> type : resourceClasses()) {
            for (Method method : type.getMethods()) {
                io.swagger.v3.oas.annotations.Operation operation = method.getAnnotation(io.swagger.v3.oas.annotations.Operation.class);
                if (operation == null) {
                    continue;
                }
                for (java.lang.reflect.Parameter parameter : method.getParameters()) {
                    if (parameter.getAnnotations().length > 0 || !parameter.getType().isRecord()) {
                        continue;
                    }
                    String ref = operaties.get(operation.operationId()).at("/requestBody/content/application~1json/schema/$ref").asText();
                    JsonNode schema = document.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
                    Set<String> gedocumenteerd = new TreeSet<>();
                    schema.path("properties").fieldNames().forEachRemaining(gedocumenteerd::add);
                    Set<String> gelezen = new TreeSet<>();
                    for (var component : parameter.getType().getRecordComponents()) {
                        gelezen.add(component.getName());
                    }
                    assertEquals(operation.operationId() + " (" + ref + ")", gelezen, gedocumenteerd);
                    gecontroleerd++;
                }
            }
        }
        assertTrue("request bodies checked: " + gecontroleerd, gecontroleerd > 10);
    }

    private static JsonNode document() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/openapi/openapi.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        // the main classes' directory: the test classes have a directory of this package too
        Class<?> resource = Class.forName(RESOURCES + ".GemeentenResource");
        Path dir = Path.of(resource.getResource(resource.getSimpleName() + ".class").toURI()).getParent();
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Class<?> type = Class.forName(RESOURCES + "." + file.getFileName().toString().replace(".class", ""));
                if (type.getAnnotation(javax.ws.rs.Path.class) != null && !type.isAnnotationPresent(Hidden.class)) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }

    private static Set<String> implementedOperations() throws IOException, URISyntaxException, ClassNotFoundException {
        Set<String> operations = new TreeSet<>();
        for (Class<?> type : resourceClasses()) {
            javax.ws.rs.Path root = type.getAnnotation(javax.ws.rs.Path.class);
            for (Method method : type.getMethods()) {
                for (var annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        javax.ws.rs.Path sub = method.getAnnotation(javax.ws.rs.Path.class);
                        operations.add(http.value() + " /" + strip(root.value() + (sub == null ? "" : "/" + sub.value())));
                    }
                }
            }
        }
        return operations;
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "").replaceAll("/+", "/");
    }
}
