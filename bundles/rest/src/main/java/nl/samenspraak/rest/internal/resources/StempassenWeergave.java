package nl.samenspraak.rest.internal.resources;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.rest.internal.resources.SubsidieregelingenResource.RedenWeergave;

@Schema(description = "Uitgegeven stemcodes per kenmerk (alleen nu zichtbaar) en weigeringen met artikel")
public record StempassenWeergave(Map<String, String> uitgegeven, Map<String, RedenWeergave> geweigerd) {
}
