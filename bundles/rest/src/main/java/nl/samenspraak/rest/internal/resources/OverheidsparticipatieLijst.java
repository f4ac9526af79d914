package nl.samenspraak.rest.internal.resources;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Hoe de gemeente meedoet aan een bewonersinitiatief: wat nu geldt, en elke versie")
public record OverheidsparticipatieLijst(
        @Schema(description = "De versie die nu geldt; ontbreekt zolang niets is vastgelegd") OverheidsparticipatieWeergave huidige,
        @Schema(description = "Elke versie, oudste eerst") List<OverheidsparticipatieWeergave> versies) {
}
