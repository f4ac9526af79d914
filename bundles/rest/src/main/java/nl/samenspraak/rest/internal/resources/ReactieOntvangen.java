package nl.samenspraak.rest.internal.resources;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "De reactie is bewaard, zonder naam of ontvangstbewijs")
public record ReactieOntvangen(String vragenlijst) {
}
