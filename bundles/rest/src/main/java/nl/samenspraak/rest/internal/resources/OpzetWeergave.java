package nl.samenspraak.rest.internal.resources;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.rest.internal.resources.SubsidieregelingenResource.RedenWeergave;

@Schema(description = "Hoe de ronde verloopt, volgens het toewijzingsproces van de gemeente; vast vanaf het openen")
public record OpzetWeergave(@Schema(allowableValues = { "stemming", "jury" }) String besluitvorming, int juryleden,
        int ondersteunersPerPlan, boolean haalbaarheidstoets, int minimumleeftijd, boolean alleenWijkbewoners,
        @Schema(allowableValues = { "goedkeuring", "goedkeuring_max_plannen", "goedkeuring_binnen_budget", "punten_verdelen" }) String stembiljet,
        int stembiljetMaximum, RedenWeergave grondslag) {
}
