package nl.samenspraak.rest.internal.resources;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Optioneel: het vast te stellen bedrag")
public record VaststellingVerzoek(@Schema(example = "640.00") String bedrag) {
}
