package nl.samenspraak.rest.internal.resources;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.api.budget.Bedrag;

@Schema(description = "Een nieuwe boeking")
public record BoekingVerzoek(
        @Schema(description = "Soort boeking", allowableValues = { "reservering", "toekenning", "uitbetaling", "vrijval" }, requiredMode = Schema.RequiredMode.REQUIRED) String soort,
        @Schema(description = "Bedrag in euro, als tekst met hoogstens twee decimalen, meer dan 0", example = "1500.00", pattern = "^\\d{1,12}(\\.\\d{1,2})?$", requiredMode = Schema.RequiredMode.REQUIRED) String bedrag,
        @Schema(description = "Omschrijving", example = "Buurtfeest Zuiderpark", requiredMode = Schema.RequiredMode.REQUIRED) String omschrijving,
        @Schema(description = "Waar de boeking over gaat, bijvoorbeeld het id van een aanvraag", example = "aanvraag-2025-0042") String referentie) {
}
