package nl.samenspraak.rest.internal.resources;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.api.monitor.Nogmaals;
import nl.samenspraak.api.monitor.Oordeel;
import nl.samenspraak.api.monitor.Stelling;
import nl.samenspraak.api.monitor.Vragenlijst;

@Schema(description = "Een vragenlijst voor de deelnemers, met de stellingen en de mogelijke antwoorden")
public record VragenlijstWeergave(String id, @Schema(description = "fase_afgerond, inspraak_gesloten, besluit of wijkbudget_uitslag")
        String aanleiding, String onderwerp, String titel, String fase, String wijk, @Schema(format = "date-time") String sinds,
        @Schema(description = "Invullen met het ontvangstbewijs van de stem in plaats van een account") boolean metOntvangstbewijs,
        List<Keuze> stellingen, List<Keuze> antwoorden, List<Keuze> nogmaals) {

    @Schema(description = "Een sleutel met de tekst die de deelnemer ziet")
    public record Keuze(String sleutel, String tekst) {
    }

    static VragenlijstWeergave of(Vragenlijst v) {
        return new VragenlijstWeergave(v.id(), v.aanleiding().sleutel(), v.onderwerp(), v.titel(), v.fase().orElse(null),
                v.wijk().orElse(null), v.sinds().toString(), v.metOntvangstbewijs(),
                Arrays.stream(Stelling.values()).map(s -> new Keuze(s.sleutel(), s.tekst())).toList(),
                Arrays.stream(Oordeel.values()).map(o -> new Keuze(o.sleutel(), o.tekst())).toList(),
                Arrays.stream(Nogmaals.values()).map(n -> new Keuze(n.sleutel(), n.sleutel())).toList());
    }
}
