package nl.samenspraak.gemeente.model.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Regelingsfeiten;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Termijn;

/**
 * A plain subsidy scheme for bewonersinitiatieven with the Awb's defaults, for a gemeente without its own
 * scheme in a rules bundle: open to everyone, not commercial, political or religious, at most EUR 5,000,
 * decided within eight weeks (art. 4:13 Awb). The amounts are the model's choice, not a law.
 */
@Component(property = { Regels.GEMEENTE + "=" + Regels.MODEL,
        Subsidieregeling.REGELING + "=" + ModelBewonersinitiatief.REGELING })
public class ModelBewonersinitiatief implements Subsidieregeling {

    static final String REGELING = "bewonersinitiatief";

    private static final String ARTIKEL = "Modelregeling bewonersinitiatieven (Samenspraak), ";

    private static final RegelsInfo INFO = RegelsInfo.vanaf("Modelregeling bewonersinitiatieven",
            "Samenspraak, bundles/gemeenten/model", LocalDate.of(2025, 1, 1));

    private static final Regelingsfeiten FEITEN = new Regelingsfeiten(
            Map.of(Schaal.STRAAT, 500_000L, Schaal.BUURT, 500_000L, Schaal.WIJK, 500_000L, Schaal.STAD, 500_000L),
            Period.ZERO, 18, 0, 0,
            Termijn.weken(8, "art. 4:13 Awb", "Een beschikking wordt binnen acht weken gegeven."));

    @Override
    public RegelsInfo info() {
        return INFO;
    }

    @Override
    public String regeling() {
        return REGELING;
    }

    @Override
    public Regelingsfeiten feiten() {
        return FEITEN;
    }

    @Override
    public Beoordeling beoordeel(Subsidieaanvraag aanvraag) {
        List<Reden> bezwaren = new ArrayList<>();
        long maximum = FEITEN.maximumInCenten().get(aanvraag.schaal());
        if (aanvraag.gevraagdInCenten() > maximum) {
            bezwaren.add(new Reden(ARTIKEL + "maximum", "Het gevraagde bedrag is hoger dan het maximum van EUR "
                    + euro(maximum) + "."));
        }
        if (aanvraag.leeftijdAanvrager() < FEITEN.minimumleeftijdAanvrager()) {
            bezwaren.add(new Reden(ARTIKEL + "aanvrager", "De aanvrager is jonger dan 18 jaar."));
        }
        if (!aanvraag.heeft(Kenmerk.OPENBAAR_TOEGANKELIJK)) {
            bezwaren.add(new Reden(ARTIKEL + "toegankelijkheid", "De activiteit is niet openbaar toegankelijk."));
        }
        for (Kenmerk uitgesloten : List.of(Kenmerk.COMMERCIEEL, Kenmerk.POLITIEK, Kenmerk.RELIGIEUS)) {
            if (aanvraag.heeft(uitgesloten)) {
                bezwaren.add(new Reden(ARTIKEL + "uitgesloten activiteiten", "Activiteiten met een "
                        + uitgesloten.name().toLowerCase() + " doel worden niet gesubsidieerd."));
            }
        }
        if (aanvraag.activiteitOp().isBefore(aanvraag.ingediendOp())) {
            bezwaren.add(new Reden("art. 4:5 Awb jo. " + ARTIKEL + "aanvraag vooraf",
                    "Subsidie wordt niet verstrekt voor een activiteit die al is begonnen."));
        }
        if (!bezwaren.isEmpty()) {
            return Beoordeling.afgewezen(bezwaren);
        }
        return Beoordeling.toegekend(aanvraag.gevraagdInCenten(), List.of(new Reden(ARTIKEL + "verlening",
                "De aanvraag voldoet aan de voorwaarden; het gevraagde bedrag wordt verleend.")));
    }

    private static String euro(long centen) {
        return String.format("%d,%02d", centen / 100, centen % 100);
    }
}
