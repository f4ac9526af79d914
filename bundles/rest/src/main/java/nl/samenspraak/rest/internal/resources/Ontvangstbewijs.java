package nl.samenspraak.rest.internal.resources;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Bewijs van ontvangst: de pseudonieme sleutel van de stem, zoals in de Pabulib-export")
public record Ontvangstbewijs(String ontvangstbewijs) {
}
