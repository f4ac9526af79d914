package nl.samenspraak.rest.internal.resources;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.rest.internal.resources.InitiatiefWeergave.HerkomstWeergave;
import nl.samenspraak.rest.internal.resources.SubsidieregelingenResource.RedenWeergave;

@Schema(description = "De uitslag")
public record UitslagWeergave(List<String> gekozen, String toegewezen, String resterend, long digitaleStemmen,
        long papierenStemmen, String uitleg, List<RedenWeergave> redenen, HerkomstWeergave regels, String vastgesteldDoor,
        String vastgesteldOp) {
}
