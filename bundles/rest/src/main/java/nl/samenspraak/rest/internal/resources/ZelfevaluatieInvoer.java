package nl.samenspraak.rest.internal.resources;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "De zelfevaluatie van de projectleider: dezelfde acht stellingen en de typering van het traject")
public record ZelfevaluatieInvoer(
        @Schema(description = "Per stelling een antwoord, zoals in een reactie", requiredMode = Schema.RequiredMode.REQUIRED) Map<String, String> stellingen,
        @Schema(description = "burgerparticipatie of overheidsparticipatie", requiredMode = Schema.RequiredMode.REQUIRED) String soort,
        @Schema(description = "informeren, raadplegen, adviseren, coproduceren of meebeslissen", requiredMode = Schema.RequiredMode.REQUIRED) String niveau,
        @Schema(description = "straat, buurt, wijk of stad", requiredMode = Schema.RequiredMode.REQUIRED) String schaal,
        @Schema(description = "Hoe lang het traject liep, 1 tot en met 520 weken", requiredMode = Schema.RequiredMode.REQUIRED) Integer duurInWeken,
        @Schema(description = "raad, college, ambtelijk of inwoners", requiredMode = Schema.RequiredMode.REQUIRED) String beslisser) {
}
