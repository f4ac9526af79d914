package nl.samenspraak.rest.internal.resources;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Een toelichting")
public record ToelichtingVerzoek(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String toelichting) {
}
