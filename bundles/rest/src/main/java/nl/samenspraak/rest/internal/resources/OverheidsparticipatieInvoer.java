package nl.samenspraak.rest.internal.resources;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Hoe de gemeente nu meedoet; vervangt wat gold (dat blijft in de versies)")
public record OverheidsparticipatieInvoer(
        @Schema(description = "partner, adviseur of ondersteuner", requiredMode = Schema.RequiredMode.REQUIRED) String rol,
        @ArraySchema(arraySchema = @Schema(description = "Ten minste één van geld, advies, procesbegeleiding, plek, materialen",
                requiredMode = Schema.RequiredMode.REQUIRED)) List<String> bijdragen,
        @Schema(example = "€ 500 voor zaden en het braakliggende veld aan de Ploegstraat", requiredMode = Schema.RequiredMode.REQUIRED) String toelichting,
        @Schema(example = "Anna de Wit, wijkregisseur", requiredMode = Schema.RequiredMode.REQUIRED) String contactpersoon,
        @Schema(example = "a.dewit@doetinchem.example", requiredMode = Schema.RequiredMode.REQUIRED) String contact) {
}
