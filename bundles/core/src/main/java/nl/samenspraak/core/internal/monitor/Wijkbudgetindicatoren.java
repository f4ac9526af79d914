package nl.samenspraak.core.internal.monitor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.monitor.Eenheid;
import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Inwonertal;
import nl.samenspraak.api.monitor.Periode;
import nl.samenspraak.api.monitor.Waarde;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.Uitslag;
import nl.samenspraak.core.internal.monitor.Monitorgegevens.Rondedossier;

/** The indicators of wijkbudget rounds: one figure per round opened in the period. */
final class Wijkbudgetindicatoren {

    private static final String PER_RONDE = " Eén getal per wijkbudgetronde die in de periode is geopend.";

    private final Monitorgegevens gegevens;
    private final List<Rondedossier> rondes;
    private final Periode periode;

    Wijkbudgetindicatoren(Monitorgegevens gegevens, List<Rondedossier> rondes, Periode periode) {
        this.gegevens = gegevens;
        this.rondes = rondes.stream().filter(r -> periode.bevat(Kalender.dag(r.ronde().ingesteldOp()))).toList();
        this.periode = periode;
    }

    List<Indicator> alle() {
        return List.of(
                perRonde("wijkbudget.plannen_ingediend", "Ingediende plannen", Eenheid.AANTAL,
                        r -> Optional.of(BigDecimal.valueOf(r.plannen().size())),
                        "Het aantal plannen dat inwoners in de ronde hebben ingediend."),
                perRonde("wijkbudget.plannen_haalbaar", "Haalbare plannen", Eenheid.AANTAL,
                        r -> Optional.of(BigDecimal.valueOf(r.plannen().stream().filter(p -> p.haalbaar().orElse(false)).count())),
                        "Het aantal plannen dat de gemeente bij de haalbaarheidstoets haalbaar vond."),
                perRonde("wijkbudget.plannen_gekozen", "Gekozen plannen", Eenheid.AANTAL,
                        r -> uitslag(r).map(u -> BigDecimal.valueOf(u.gekozen().size())),
                        "Het aantal plannen dat volgens de uitslag geld krijgt; leeg zolang er geen uitslag is."),
                perRonde("wijkbudget.stemmen_online", "Stemmen online", Eenheid.AANTAL,
                        r -> uitslag(r).map(u -> BigDecimal.valueOf(u.digitaleStemmen())),
                        "Het aantal stemmen dat online is uitgebracht, volgens de uitslag."),
                perRonde("wijkbudget.stemmen_papier", "Stemmen op papier", Eenheid.AANTAL,
                        r -> uitslag(r).map(u -> BigDecimal.valueOf(u.papierenStemmen())),
                        "Het aantal stemmen op papier dat de gemeente heeft ingevoerd, volgens de uitslag."),
                opkomst(),
                perRonde("wijkbudget.toegewezen", "Toegewezen budget", Eenheid.EURO,
                        r -> uitslag(r).map(u -> BigDecimal.valueOf(u.toegewezen().centen(), 2)),
                        "Het bedrag dat de uitslag aan de gekozen plannen toewijst, in euro's."));
    }

    private Indicator opkomst() {
        List<Waarde> waarden = rondes.stream().map(r -> {
            Optional<Inwonertal> inwoners = gegevens.inwonertal(r.ronde().wijk());
            String label = label(r.ronde()) + inwoners.map(i -> " (" + i.inwoners() + " inwoners, " + i.bron() + " " + i.jaar() + ")")
                    .orElse(" (geen inwonertal ingesteld)");
            Optional<BigDecimal> getal = uitslag(r).flatMap(u -> inwoners.flatMap(i ->
                    Statistiek.procent(u.digitaleStemmen() + u.papierenStemmen(), i.inwoners())));
            return new Waarde(r.ronde().id(), label, getal, Eenheid.PROCENT);
        }).toList();
        return new Indicator("wijkbudget.opkomst", "Opkomst als deel van de inwoners van de wijk", waarden, periode,
                "Alle stemmen (online en op papier) gedeeld door het aantal inwoners van de wijk dat de gemeente met bron en "
                        + "jaar heeft ingesteld; leeg als er geen uitslag of geen inwonertal is." + PER_RONDE);
    }

    private Indicator perRonde(String sleutel, String label, Eenheid eenheid, Function<Rondedossier, Optional<BigDecimal>> getal,
            String berekening) {
        List<Waarde> waarden = rondes.stream().map(r -> new Waarde(r.ronde().id(), label(r.ronde()), getal.apply(r), eenheid))
                .toList();
        return new Indicator(sleutel, label + " per wijkbudgetronde", waarden, periode, berekening + PER_RONDE);
    }

    private String label(Ronde ronde) {
        Gemeente g = gegevens.gemeente();
        return ronde.titel() + " (" + g.wijk(ronde.wijk()).map(w -> w.naam()).orElse(ronde.wijk()) + ")";
    }

    private static Optional<Uitslag> uitslag(Rondedossier r) {
        return r.ronde().uitslag();
    }
}
