package nl.samenspraak.rest.internal.resources;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Optioneel: het budget waarop een verlening wordt geboekt")
public record BesluitVerzoek(String budgetId) {
}
