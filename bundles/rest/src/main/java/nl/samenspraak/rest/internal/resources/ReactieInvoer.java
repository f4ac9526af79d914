package nl.samenspraak.rest.internal.resources;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "De antwoorden van een deelnemer; anoniem: alleen een schuilnaam per vragenlijst wordt bewaard")
public record ReactieInvoer(
        @Schema(description = "Per stelling (kader, aanspreekpunt, informatie, invloed, serieus, terugkoppeling, afspiegeling, "
                + "verloop) een antwoord: helemaal_oneens, oneens, neutraal, eens, helemaal_eens of weet_niet",
                requiredMode = Schema.RequiredMode.REQUIRED) Map<String, String> stellingen,
        @Schema(description = "Rapportcijfer voor het proces, 1 tot en met 10", requiredMode = Schema.RequiredMode.REQUIRED) Integer cijferProces,
        @Schema(description = "Rapportcijfer voor het resultaat, 1 tot en met 10", requiredMode = Schema.RequiredMode.REQUIRED) Integer cijferResultaat,
        @Schema(description = "ja, misschien of nee", requiredMode = Schema.RequiredMode.REQUIRED) String nogmaals,
        @Schema(description = "Wat ging goed") String goed, @Schema(description = "Wat kan beter") String beter,
        @Schema(description = "Alleen bij een wijkbudgetuitslag: het ontvangstbewijs van de stem") String ontvangstbewijs) {
}
