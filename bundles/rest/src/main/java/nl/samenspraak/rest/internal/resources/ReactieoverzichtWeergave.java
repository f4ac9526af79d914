package nl.samenspraak.rest.internal.resources;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.api.monitor.Oordeel;
import nl.samenspraak.api.monitor.Reactieoverzicht;
import nl.samenspraak.api.monitor.Stellingoverzicht;
import nl.samenspraak.api.monitor.Zelfevaluatie;

@Schema(description = "Wat de deelnemers antwoordden, naast de zelfevaluatie van de projectleider; onder 5 reacties alleen het aantal")
public record ReactieoverzichtWeergave(String onderwerp, String titel, List<VragenlijstWeergave> vragenlijsten, long reacties,
        boolean genoegReacties, List<StellingWeergave> stellingen, BigDecimal cijferProces, BigDecimal cijferResultaat,
        Map<String, Long> nogmaals, List<String> goed, List<String> beter, ZelfevaluatieWeergave zelfevaluatie) {

    @Schema(description = "De antwoorden op één stelling")
    public record StellingWeergave(String stelling, String tekst, Map<String, Long> verdeling, BigDecimal gemiddelde,
            String eigenOordeel, @Schema(description = "Gemiddelde min de score van de projectleider") BigDecimal verschil) {
        static StellingWeergave of(Stellingoverzicht s) {
            Map<String, Long> verdeling = new TreeMap<>();
            s.verdeling().forEach((o, n) -> verdeling.put(o.sleutel(), n));
            return new StellingWeergave(s.stelling().sleutel(), s.stelling().tekst(), verdeling, s.gemiddelde().orElse(null),
                    s.eigenOordeel().map(Oordeel::sleutel).orElse(null), s.verschil().orElse(null));
        }
    }

    @Schema(description = "De zelfevaluatie van de projectleider met de typering van het traject")
    public record ZelfevaluatieWeergave(String traject, Map<String, String> stellingen, String soort, String niveau,
            String schaal, int duurInWeken, String beslisser, String door, @Schema(format = "date-time") String op) {
        static ZelfevaluatieWeergave of(Zelfevaluatie z) {
            Map<String, String> stellingen = new TreeMap<>();
            z.oordelen().forEach((s, o) -> stellingen.put(s.sleutel(), o.sleutel()));
            return new ZelfevaluatieWeergave(z.traject(), stellingen, z.typering().soort().sleutel(),
                    z.typering().niveau().name().toLowerCase(), z.typering().schaal().sleutel(), z.typering().duurInWeken(),
                    z.typering().beslisser().sleutel(), z.door(), z.op().toString());
        }
    }

    static ReactieoverzichtWeergave of(Reactieoverzicht o) {
        Map<String, Long> nogmaals = new TreeMap<>();
        o.nogmaals().forEach((n, aantal) -> nogmaals.put(n.sleutel(), aantal));
        return new ReactieoverzichtWeergave(o.onderwerp(), o.titel(), o.vragenlijsten().stream().map(VragenlijstWeergave::of).toList(),
                o.reacties(), o.genoegReacties(), o.stellingen().stream().map(StellingWeergave::of).toList(),
                o.cijferProces().orElse(null), o.cijferResultaat().orElse(null), nogmaals, o.goed(), o.beter(),
                o.zelfevaluatie().map(ZelfevaluatieWeergave::of).orElse(null));
    }
}
