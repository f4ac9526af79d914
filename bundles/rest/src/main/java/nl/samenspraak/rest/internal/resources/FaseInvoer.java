package nl.samenspraak.rest.internal.resources;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "De volgende fase")
public record FaseInvoer(@Schema(description = "steun_verzamelen, haalbaarheidstoets, stemmen of uitvoering", requiredMode = Schema.RequiredMode.REQUIRED) String fase) {
}
