package nl.samenspraak.rest.internal.resources;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.api.budget.Boeking;
import nl.samenspraak.api.security.Gebruiker;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Een boeking in het grootboek")
public record BoekingWeergave(@Schema(description = "Volgnummer in het grootboek: 1, 2, 3, ...") long volgnummer,
        @Schema(allowableValues = { "reservering", "toekenning", "uitbetaling", "vrijval" }) String soort,
        @Schema(example = "1500.00") String bedrag, String omschrijving, String referentie,
        @Schema(description = "Tijdstip van boeken (ISO 8601)") String geboektOp,
        @Schema(description = "Gebruiker die boekte") String geboektDoor) {
    static BoekingWeergave of(Boeking b) {
        return new BoekingWeergave(b.volgnummer(), b.soort().name().toLowerCase(Locale.ROOT), b.bedrag().toString(), b.omschrijving(),
                b.referentie().orElse(null), b.geboektOp().toString(), b.geboektDoor());
    }
}
