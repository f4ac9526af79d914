package nl.samenspraak.rest.internal.resources;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Resultaat van het inlezen van papieren stemmen")
public record ImportWeergave(int ingelezen, @Schema(description = "Reden per geweigerd regelnummer") Map<Integer, String> geweigerd) {
}
