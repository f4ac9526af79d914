package nl.samenspraak.rest.internal.resources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.api.initiatief.SubsidieaanvraagService.NieuweSubsidieaanvraag;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.api.validatie.Invoerregels;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rules.Subsidieaanvraag;

@Schema(description = "Een subsidieaanvraag voor een bewonersinitiatief")
public record AanvraagVerzoek(
        @Schema(description = "Sleutel van de regeling", example = "bewonersinitiatief", requiredMode = Schema.RequiredMode.REQUIRED) String regeling,
        @Schema(example = "Buurtfeest Zuiderpark", requiredMode = Schema.RequiredMode.REQUIRED) String titel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String omschrijving,
        @Schema(description = "Alleen voor een ambtenaar die een papieren aanvraag registreert: de dag van ontvangst", format = "date") String ingediendOp,
        @Schema(description = "Eerste dag van de activiteit", format = "date", requiredMode = Schema.RequiredMode.REQUIRED) String activiteitOp,
        @Schema(description = "Gevraagd bedrag in euro", example = "750.00", requiredMode = Schema.RequiredMode.REQUIRED) String gevraagd,
        @Schema(description = "straat, buurt, wijk of stad", requiredMode = Schema.RequiredMode.REQUIRED) String schaal,
        @Schema(description = "CBS-wijkcode", example = "WK051836") String wijk,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer leeftijdAanvrager,
        List<Integer> leeftijdenOndersteuners,
        @Schema(description = "Kenmerken, zoals openbaar_toegankelijk en past_in_wijkagenda") List<String> kenmerken) {

    /** @param dag the day of submission unless an ambtenaar registering a paper application gives another */
    NieuweSubsidieaanvraag alsNieuw(Gebruiker gebruiker, String code, LocalDate dag) {
        List<Overtreding> fouten = new ArrayList<>();
        // checked here too, so that one answer names them alongside the fields that do not parse
        Invoerregels.tekst(fouten, "titel", titel(), Invoerregels.MAX_TITEL);
        Invoerregels.tekst(fouten, "omschrijving", omschrijving(), Invoerregels.MAX_TEKST);
        LocalDate ingediendOp = dag;
        if (ingediendOp() != null) {
            if (!gebruiker.heeft(Rol.AMBTENAAR, code)) {
                fouten.add(new Overtreding("ingediendOp", "alleen een ambtenaar registreert een aanvraag met een eerdere dag van ontvangst"));
            } else {
                ingediendOp = Invoer.datum(fouten, "ingediendOp", ingediendOp());
            }
        }
        Subsidieaanvraag aanvraag = Invoer.subsidieaanvraag(fouten, ingediendOp, activiteitOp(), gevraagd(), schaal(),
                wijk(), leeftijdAanvrager(), leeftijdenOndersteuners(), kenmerken());
        OngeldigeInvoerException.alsNodig(fouten);
        return new NieuweSubsidieaanvraag(regeling(), titel(), omschrijving(), aanvraag);
    }
}
