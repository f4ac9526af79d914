package nl.samenspraak.rest.internal.resources;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "De haalbaarheidstoets van een plan")
public record ToetsInvoer(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean haalbaar,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String toelichting,
        @Schema(description = "Definitieve kosten, als die afwijken van de schatting", example = "11800.00") String kosten) {
}
