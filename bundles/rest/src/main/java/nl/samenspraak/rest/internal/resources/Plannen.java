package nl.samenspraak.rest.internal.resources;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "De plannen van een ronde")
public record Plannen(List<PlanWeergave> plannen) {
}
