package nl.samenspraak.rest.internal.resources;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Het grootboek van een budget, op volgnummer")
public record BoekingenLijst(List<BoekingWeergave> boekingen) {
}
