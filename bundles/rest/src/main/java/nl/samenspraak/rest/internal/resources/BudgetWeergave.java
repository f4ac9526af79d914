package nl.samenspraak.rest.internal.resources;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.api.budget.Budget;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Een budget met de bedragen uit zijn grootboek (euro, als tekst)")
public record BudgetWeergave(String id,
        @Schema(description = "CBS-gemeentecode", example = "GM0518") String gemeente, String naam,
        @Schema(description = "CBS-wijkcode, als het budget voor één wijk is", example = "WK051836") String wijk,
        @Schema(description = "Code van de subsidieregeling, als die er is") String regeling,
        @Schema(description = "Eerste dag van de periode", format = "date") String van,
        @Schema(description = "Laatste dag van de periode", format = "date") String tot,
        @Schema(example = "50000.00") String plafond,
        @Schema(description = "Som van de reserveringen", example = "0.00") String gereserveerd,
        @Schema(description = "Som van de toekenningen", example = "1500.00") String toegekend,
        @Schema(description = "Som van de uitbetalingen", example = "0.00") String uitbetaald,
        @Schema(description = "Som van de vrijval", example = "0.00") String vrijgevallen,
        @Schema(description = "Gereserveerd of toegekend, niet uitbetaald en niet vrijgevallen", example = "1500.00") String openstaand,
        @Schema(description = "Wat nog gereserveerd of toegekend kan worden; nooit negatief", example = "48500.00") String beschikbaar) {
    static BudgetWeergave of(Budget b) {
        var s = b.saldo();
        return new BudgetWeergave(b.id(), b.gemeente(), b.naam(), b.wijk().orElse(null), b.regeling().orElse(null),
                b.van().toString(), b.tot().toString(), s.plafond().toString(), s.gereserveerd().toString(),
                s.toegekend().toString(), s.uitbetaald().toString(), s.vrijgevallen().toString(),
                s.openstaand().toString(), s.beschikbaar().toString());
    }
}
