package nl.samenspraak.rest.internal.resources;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Een bewoner zoals de basisregistratie hem kent")
public record KiezerInvoer(@Schema(description = "Kenmerk van de bewoner (bijvoorbeeld een pseudoniem uit de BRP)") String kenmerk,
        @Schema(format = "date") String geboortedatum, @Schema(example = "WK022201") String wijk) {
}
