package nl.samenspraak.rest.internal.problem;

import java.util.List;

import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error as {@code application/problem+json} (RFC 9457), with the NL API Design Rules' {@code invalidParams}
 * for validation errors. Its OpenAPI schema and the error responses that carry it are defined once, in
 * {@code src/main/openapi/base.json}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<InvalidParam> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** Problem types are documented per status; {@code about:blank} would say nothing more than the status. */
    static final String TYPE_BASE = "https://samenspraak.nl/problemen/";

    public Problem {
        invalidParams = invalidParams == null ? List.of() : List.copyOf(invalidParams);
    }

    public record InvalidParam(String name,
            String reason) {
    }
}
