package nl.samenspraak.rest.internal.resources;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Een nieuwe wijkbudgetronde")
public record RondeInvoer(@Schema(example = "Wijkbudget De Huet 2027", requiredMode = Schema.RequiredMode.REQUIRED) String titel,
        @Schema(example = "WK022201", requiredMode = Schema.RequiredMode.REQUIRED) String wijk,
        @Schema(example = "50000.00", requiredMode = Schema.RequiredMode.REQUIRED) String bedrag,
        @Schema(description = "Budget waarop de gekozen plannen worden geboekt", requiredMode = Schema.RequiredMode.REQUIRED) String budgetId,
        @Schema(description = "Sleutel van het toewijzingsproces; weglaten als er één voor de wijk geldt") String proces,
        @Schema(description = "Geplande eerste dag per fase, bijvoorbeeld {\"stemmen\":\"2027-03-01\"}") Map<String, String> planning) {
}
