package nl.samenspraak.rest.internal.resources;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Bewoners die een stemcode krijgen")
public record StempassenInvoer(List<KiezerInvoer> kiezers) {
}
