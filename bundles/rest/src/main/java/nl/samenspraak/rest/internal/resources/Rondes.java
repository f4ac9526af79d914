package nl.samenspraak.rest.internal.resources;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "De rondes")
public record Rondes(List<RondeWeergave> rondes) {
}
