package nl.samenspraak.rest.internal.resources;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Periode;
import nl.samenspraak.api.monitor.Waarde;

@Schema(description = "Een indicator van de Participatiemonitor, berekend uit wat het platform heeft vastgelegd")
public record IndicatorWeergave(@Schema(example = "besluiten.binnen_termijn") String sleutel, String label,
        PeriodeWeergave periode, @Schema(description = "Hoe de indicator wordt berekend") String berekening,
        List<WaardeWeergave> waarden) {

    static IndicatorWeergave of(Indicator i) {
        return new IndicatorWeergave(i.sleutel(), i.label(), PeriodeWeergave.of(i.periode()), i.berekening(),
                i.waarden().stream().map(WaardeWeergave::of).toList());
    }

    @Schema(description = "De dagen die meetellen, beide inbegrepen; een open eind telt alles aan die kant")
    public record PeriodeWeergave(@Schema(format = "date") String van, @Schema(format = "date") String totEnMet) {
        static PeriodeWeergave of(Periode p) {
            return new PeriodeWeergave(p.van().map(Object::toString).orElse(null), p.totEnMet().map(Object::toString).orElse(null));
        }
    }

    @Schema(description = "Eén getal van een indicator")
    public record WaardeWeergave(String sleutel, String label,
            @Schema(description = "Leeg (null) als er niets is om het uit te berekenen, of minder dan 5 reacties") BigDecimal waarde,
            @Schema(description = "aantal, procent, dagen, euro, cijfer of score") String eenheid) {
        static WaardeWeergave of(Waarde w) {
            return new WaardeWeergave(w.sleutel(), w.label(), w.getal().orElse(null), w.eenheid().sleutel());
        }
    }
}
