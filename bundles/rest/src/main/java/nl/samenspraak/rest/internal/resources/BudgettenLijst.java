package nl.samenspraak.rest.internal.resources;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "De budgetten van een gemeente")
public record BudgettenLijst(List<BudgetWeergave> budgetten) {
}
