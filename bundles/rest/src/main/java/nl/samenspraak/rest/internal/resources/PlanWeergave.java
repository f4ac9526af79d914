package nl.samenspraak.rest.internal.resources;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Een plan")
public record PlanWeergave(String id, String titel, String omschrijving, String geschatteKosten, String indiener, long steun,
        Boolean haalbaar, String toetsing, String kosten, @Schema(description = "Of het plan op het stembiljet staat") boolean opStembiljet) {
    static PlanWeergave of(Plan p, Ronde ronde) {
        return new PlanWeergave(p.id(), p.titel(), p.omschrijving(), p.geschatteKosten().toString(), p.indiener(), p.steun(),
                p.haalbaar().orElse(null), p.toetsing().orElse(null), p.kosten().map(Bedrag::toString).orElse(null),
                p.opStembiljet(ronde.opzet().ondersteunersPerPlan(), ronde.opzet().haalbaarheidstoets()));
    }
}
