package nl.samenspraak.rest.internal.resources;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Een nieuw plan")
public record PlanInvoer(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String titel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String omschrijving,
        @Schema(example = "12500.00", requiredMode = Schema.RequiredMode.REQUIRED) String geschatteKosten) {
}
