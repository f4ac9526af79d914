package nl.samenspraak.rest.internal.resources;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "De verantwoording van een activiteit")
public record VerantwoordingVerzoek(@Schema(example = "640.00", requiredMode = Schema.RequiredMode.REQUIRED) String werkelijkeKosten,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String verslag) {
}
