package nl.samenspraak.rest.internal.resources;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Een stem")
public record StemInvoer(@Schema(example = "K7QM-2XHP-9RTA", requiredMode = Schema.RequiredMode.REQUIRED) String stemcode,
        @Schema(description = "Gekozen plannen (goedkeuringsstembiljet)") List<String> plannen,
        @Schema(description = "Punten per plan (puntenverdeling)") Map<String, Integer> punten,
        @Schema(description = "Niet verplicht: een e-mailadres voor een bewijs dat de stem is ontvangen. Het adres wordt niet bij de "
                + "stem bewaard en gewist zodra de mail weg is", example = "kiezer@example.org") String bewijsAan) {
}
