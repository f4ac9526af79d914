package nl.samenspraak.rest.internal.resources;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "De Participatiemonitor van een gemeente")
public record MonitorWeergave(String gemeente, @Schema(description = "Het gekozen jaar; leeg voor alle jaren") Integer jaar,
        String wijk, String soort, List<IndicatorWeergave> indicatoren) {
}
