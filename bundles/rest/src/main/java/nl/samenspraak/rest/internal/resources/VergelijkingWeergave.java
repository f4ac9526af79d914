package nl.samenspraak.rest.internal.resources;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.api.monitor.Vergelijking;

@Schema(description = "Een getal van de gemeente naast de mediaan van andere deelnemende gemeenten (vanaf 5 andere gemeenten)")
public record VergelijkingWeergave(String indicator, String waarde, String label, String eenheid, BigDecimal eigen,
        BigDecimal mediaanAlle, int aantalAlle,
        @Schema(description = "Mediaan over gemeenten met de helft tot het dubbele aantal inwoners") BigDecimal mediaanVergelijkbaar,
        int aantalVergelijkbaar) {

    static VergelijkingWeergave of(Vergelijking v) {
        return new VergelijkingWeergave(v.indicator(), v.waarde(), v.label(), v.eenheid().sleutel(), v.eigen().orElse(null),
                v.mediaanAlle().orElse(null), v.aantalAlle(), v.mediaanVergelijkbaar().orElse(null), v.aantalVergelijkbaar());
    }
}
