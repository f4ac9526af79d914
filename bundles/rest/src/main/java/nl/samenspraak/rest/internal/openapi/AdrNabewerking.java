package nl.samenspraak.rest.internal.openapi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.core.filter.AbstractSpecFilter;
import io.swagger.v3.core.model.ApiDescription;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Build time only (swagger-maven-plugin's {@code filterClass}; never loaded in Karaf): what the NL API Design
 * Rules ask of every operation, written once instead of on each of the resources' annotations. Every success
 * response declares the {@code API-Version} header each response carries (/core/version-header), and every
 * operation documents the 400 any request can get: a request target that is no URI, a malformed parameter or
 * body (/core/error-handling/invalid-input).
 */
public class AdrNabewerking extends AbstractSpecFilter {

    static final String API_VERSION = "API-Version";
    static final String ONGELDIG = "#/components/responses/OngeldigVerzoek";

    @Override
    public Optional<Operation> filterOperation(Operation operation, ApiDescription api, Map<String, List<String>> params,
            Map<String, String> cookies, Map<String, List<String>> headers) {
        operation.getResponses().forEach((status, response) -> {
            if (status.matches("[23]\\d\\d") && response.get$ref() == null
                    && (response.getHeaders() == null || !response.getHeaders().containsKey(API_VERSION))) {
                response.addHeaderObject(API_VERSION, new Header().$ref("#/components/headers/" + API_VERSION));
            }
        });
        if (!operation.getResponses().containsKey("400")) {
            operation.getResponses().addApiResponse("400", new ApiResponse().$ref(ONGELDIG));
        }
        return Optional.of(operation);
    }
}
