package nl.samenspraak.gemeente.rotterdam.internal;

import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * Subsidy for bewonersinitiatieven in Rotterdam, decided per wijk by the wijkraad: apply at least six weeks
 * before the activity; the applicant is 18 or older and four other residents of 12 or older sign in support;
 * at most EUR 10,000, or EUR 20,000 in the wijken of {@link #WIJKEN_MET_HOGER_MAXIMUM}; no political or
 * religious activities; decided within eight weeks, which may be extended once by eight weeks. Applications
 * are granted in order of receipt until the wijk's budget for the year is used (art. 5): the platform's
 * budget ledger applies that part, not these rules.
 *
 * <p>Modelled on the published conditions of Rotterdam's bewonersinitiatieven. The article numbers are this
 * bundle's own structure, not verified against the adopted text; that the extension is eight weeks is an
 * ASSUMPTION (the usual term of algemene subsidieverordeningen). An application that names no wijk is
 * incomplete (art. 4:5 Awb): the decision clock stops until the wijk is known.
 */
@Component(service = Subsidieregeling.class, property = { Regels.GEMEENTE + "=" + Rotterdam.GEMEENTE,
        Subsidieregeling.REGELING + "=" + RotterdamseBewonersinitiatieven.REGELING })
public class RotterdamseBewonersinitiatieven implements Subsidieregeling {

    static final String REGELING = "bewonersinitiatief";

    static final String TITEL = "Subsidieregeling bewonersinitiatieven Rotterdam";

    static final long MAXIMUM_IN_CENTEN = 1_000_000;
    static final long HOGER_MAXIMUM_IN_CENTEN = 2_000_000;

    /**
     * Wijken whose wijkraad has set the higher maximum of EUR 20,000 (art. 4 lid 2). PLACEHOLDERS: which
     * wijken these are is not verified here, so the codes are in the unused 90s range; replace them by the real
     * CBS codes before use.
     */
    static final Set<String> WIJKEN_MET_HOGER_MAXIMUM = Set.of("WK059990", "WK059991");

    private static final RegelsInfo INFO = RegelsInfo.vanaf(TITEL,
            "https://lokaleregelgeving.overheid.nl/ (gemeente Rotterdam, " + TITEL + ")", Rotterdam.EERSTE_DAG);

    private static final Regelingsfeiten FEITEN = new Regelingsfeiten(maxima(MAXIMUM_IN_CENTEN), Period.ofWeeks(6), 18, 4, 12,
            Termijn.weken(8, artikel("7 lid 1") + " jo. art. 4:13 Awb",
                    "De wijkraad beslist binnen acht weken na ontvangst van de volledige aanvraag."));

    private static final Map<Schaal, Long> HOGERE_MAXIMA = maxima(HOGER_MAXIMUM_IN_CENTEN);

    private static final Termijn VERDAGING = Termijn.weken(8, artikel("7 lid 2") + " jo. art. 4:14 Awb",
            "De beslissing kan eenmaal met ten hoogste acht weken worden verdaagd.");

    static String artikel(String nummer) {
        return "art. " + nummer + " " + TITEL;
    }

    private static Map<Schaal, Long> maxima(long centen) {
        Map<Schaal, Long> maxima = new EnumMap<>(Schaal.class);
        for (Schaal schaal : Schaal.values()) {
            maxima.put(schaal, centen);
        }
        return Map.copyOf(maxima);
    }

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
    public Map<Schaal, Long> maximumInCentenVoorWijk(String wijk) {
        return WIJKEN_MET_HOGER_MAXIMUM.contains(wijk) ? HOGERE_MAXIMA : FEITEN.maximumInCenten();
    }

    @Override
    public Optional<Termijn> verdaging() {
        return Optional.of(VERDAGING);
    }

    @Override
    public Beoordeling beoordeel(Subsidieaanvraag aanvraag) {
        List<Reden> bezwaren = new ArrayList<>();
        if (aanvraag.activiteitOp().isBefore(aanvraag.ingediendOp().plus(FEITEN.aanvraagVooraf()))) {
            bezwaren.add(new Reden(artikel("3 lid 1"), "De aanvraag is ontvangen op " + aanvraag.ingediendOp()
                    + ", minder dan zes weken voor de activiteit op " + aanvraag.activiteitOp() + "."));
        }
        if (aanvraag.leeftijdAanvrager() < FEITEN.minimumleeftijdAanvrager()) {
            bezwaren.add(new Reden(artikel("3 lid 2"), "De aanvrager is " + aanvraag.leeftijdAanvrager()
                    + " jaar; een aanvrager moet 18 jaar of ouder zijn."));
        }
        long ondersteuners = aanvraag.leeftijdenOndersteuners().stream()
                .filter(leeftijd -> leeftijd >= FEITEN.minimumleeftijdOndersteuners()).count();
        if (ondersteuners < FEITEN.vereisteOndersteuners()) {
            bezwaren.add(new Reden(artikel("3 lid 3"), "De aanvraag heeft " + ondersteuners + " handtekening(en) van andere "
                    + "bewoners van 12 jaar of ouder; er zijn er ten minste vier nodig."));
        }
        long maximum = aanvraag.wijk().map(this::maximumInCentenVoorWijk).orElse(FEITEN.maximumInCenten())
                .get(aanvraag.schaal());
        if (aanvraag.gevraagdInCenten() > maximum) {
            bezwaren.add(new Reden(artikel(maximum == HOGER_MAXIMUM_IN_CENTEN ? "4 lid 2" : "4 lid 1"), "Gevraagd is "
                    + Rotterdam.euro(aanvraag.gevraagdInCenten()) + "; het maximum in deze wijk is " + Rotterdam.euro(maximum) + "."));
        }
        if (aanvraag.heeft(Kenmerk.POLITIEK)) {
            bezwaren.add(new Reden(artikel("6 onder a"), "Activiteiten met een politiek doel worden niet gesubsidieerd."));
        }
        if (aanvraag.heeft(Kenmerk.RELIGIEUS)) {
            bezwaren.add(new Reden(artikel("6 onder b"), "Activiteiten met een religieus doel worden niet gesubsidieerd."));
        }
        Optional<Reden> onvolledig = aanvraag.wijk().isPresent() ? Optional.empty()
                : Optional.of(new Reden(artikel("2") + " jo. art. 4:5 Awb",
                        "De aanvraag noemt niet de wijk waar de activiteit plaatsvindt; de wijkraad van die wijk beslist."));
        if (!bezwaren.isEmpty()) {
            onvolledig.ifPresent(bezwaren::add);
            return Beoordeling.afgewezen(bezwaren);
        }
        if (onvolledig.isPresent()) {
            return Beoordeling.aanvullingNodig(List.of(onvolledig.get()));
        }
        return Beoordeling.toegekend(aanvraag.gevraagdInCenten(), List.of(
                new Reden(artikel(maximum == HOGER_MAXIMUM_IN_CENTEN ? "4 lid 2" : "4 lid 1"), "De aanvraag voldoet aan de "
                        + "voorwaarden; verleend wordt " + Rotterdam.euro(aanvraag.gevraagdInCenten()) + ", binnen het maximum van "
                        + Rotterdam.euro(maximum) + "."),
                new Reden(artikel("5"), "Aanvragen worden verleend op volgorde van binnenkomst, zolang het budget van wijk "
                        + aanvraag.wijk().get() + " voor dit jaar niet is uitgeput.")));
    }
}
