package nl.samenspraak.rest.internal.resources;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Een nieuw budget")
public record BudgetVerzoek(
        @Schema(description = "Naam", example = "Wijkbudget Moerwijk 2025", requiredMode = Schema.RequiredMode.REQUIRED) String naam,
        @Schema(description = "CBS-code van een wijk van deze gemeente; weglaten voor de hele gemeente", example = "WK051836") String wijk,
        @Schema(description = "Code van de subsidieregeling (kleine letters, cijfers, streepjes)", example = "bewonersinitiatieven") String regeling,
        @Schema(description = "Eerste dag van de periode", example = "2025-01-01", format = "date", requiredMode = Schema.RequiredMode.REQUIRED) String van,
        @Schema(description = "Laatste dag van de periode", example = "2025-12-31", format = "date", requiredMode = Schema.RequiredMode.REQUIRED) String tot,
        @Schema(description = "Plafond in euro, als tekst met hoogstens twee decimalen", example = "50000.00", pattern = "^\\d{1,12}(\\.\\d{1,2})?$", requiredMode = Schema.RequiredMode.REQUIRED) String plafond) {
}
