package nl.samenspraak.rest.internal.resources;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.rest.internal.resources.InitiatiefWeergave.BesluitWeergave;

@Schema(description = "Een aanvraag met haar besluiten")
public record AanvraagMetBesluiten(InitiatiefWeergave aanvraag, List<BesluitWeergave> besluiten) {
}
