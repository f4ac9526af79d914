package nl.samenspraak.rest.internal.problem;

import java.util.List;

import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An error as {@code application/problem+json} (RFC 9457), with the NL API Design Rules' {@code invalidParams}
 * for validation errors.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "Foutmelding volgens RFC 9457 (application/problem+json)")
public record Problem(
        @Schema(description = "URI die het soort fout aanduidt") String type,
        @Schema(description = "Korte, vaste omschrijving van het soort fout") String title,
        @Schema(description = "HTTP-statuscode") int status,
        @Schema(description = "Uitleg voor dit geval") String detail,
        @Schema(description = "Het verzoek waarop de fout betrekking heeft") String instance,
        @Schema(description = "Velden die niet voldoen, met de reden") List<InvalidParam> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** Problem types are documented per status; {@code about:blank} would say nothing more than the status. */
    static final String TYPE_BASE = "https://samenspraak.nl/problemen/";

    public Problem {
        invalidParams = invalidParams == null ? List.of() : List.copyOf(invalidParams);
    }

    @Schema(name = "InvalidParam", description = "Een veld dat niet voldoet")
    public record InvalidParam(@Schema(description = "Naam van het veld") String name,
            @Schema(description = "Waarom het niet voldoet") String reason) {
    }
}
