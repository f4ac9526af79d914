package nl.samenspraak.gemeente.denhaag.internal;

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
 * Subsidy for bewonersinitiatieven in Den Haag: at most EUR 750 for a street, EUR 1,500 for a buurt and
 * EUR 5,000 for a wijk; the activity fits the wijkagenda, is open to everyone, pays no volunteers, serves
 * no alcohol and is carried out in the year applied for. Citywide activities fall outside this scheme.
 *
 * <p>Modelled on the published conditions of the Haagse subsidieregeling bewonersinitiatieven. The article
 * numbers are this bundle's own structure, not verified against the adopted text. Two points are
 * ASSUMPTIONS, not taken from the scheme: the applicant must be 18 or older, and the decision term is the
 * Awb's eight weeks (art. 4:13 Awb).
 */
@Component(service = Subsidieregeling.class, property = { Regels.GEMEENTE + "=" + DenHaag.GEMEENTE,
        Subsidieregeling.REGELING + "=" + HaagseBewonersinitiatieven.REGELING })
public class HaagseBewonersinitiatieven implements Subsidieregeling {

    static final String REGELING = "bewonersinitiatief";

    static final String TITEL = "Subsidieregeling bewonersinitiatieven Den Haag";

    private static final RegelsInfo INFO = RegelsInfo.vanaf(TITEL,
            "https://lokaleregelgeving.overheid.nl/ (gemeente 's-Gravenhage, " + TITEL + ")", DenHaag.EERSTE_DAG);

    private static final Regelingsfeiten FEITEN = new Regelingsfeiten(
            Map.of(Schaal.STRAAT, 75_000L, Schaal.BUURT, 150_000L, Schaal.WIJK, 500_000L), Period.ZERO, 18, 0, 0,
            Termijn.weken(8, "art. 7 " + TITEL + " jo. art. 4:13 Awb",
                    "Het college beslist binnen acht weken na ontvangst van de aanvraag."));

    static String artikel(String nummer) {
        return "art. " + nummer + " " + TITEL;
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
    public Beoordeling beoordeel(Subsidieaanvraag aanvraag) {
        List<Reden> bezwaren = new ArrayList<>();
        if (!aanvraag.heeft(Kenmerk.PAST_IN_WIJKAGENDA)) {
            bezwaren.add(new Reden(artikel("2 lid 1"), "Het initiatief past niet in de wijkagenda van de wijk."));
        }
        if (!aanvraag.heeft(Kenmerk.OPENBAAR_TOEGANKELIJK)) {
            bezwaren.add(new Reden(artikel("2 lid 2"), "De activiteit is niet voor iedereen openbaar toegankelijk."));
        }
        if (aanvraag.leeftijdAanvrager() < FEITEN.minimumleeftijdAanvrager()) {
            bezwaren.add(new Reden(artikel("3"), "De aanvrager is " + aanvraag.leeftijdAanvrager()
                    + " jaar; een aanvrager moet 18 jaar of ouder zijn."));
        }
        Long maximum = FEITEN.maximumInCenten().get(aanvraag.schaal());
        if (maximum == null) {
            bezwaren.add(new Reden(artikel("4 lid 2"), "De regeling geldt voor initiatieven in een straat, buurt of wijk, "
                    + "niet voor stedelijke initiatieven."));
        } else if (aanvraag.gevraagdInCenten() > maximum) {
            bezwaren.add(new Reden(artikel("4 lid 1"), "Gevraagd is " + DenHaag.euro(aanvraag.gevraagdInCenten())
                    + "; voor een initiatief op " + schaal(aanvraag.schaal()) + " is het maximum " + DenHaag.euro(maximum) + "."));
        }
        if (aanvraag.heeft(Kenmerk.BETAALDE_VRIJWILLIGERS)) {
            bezwaren.add(new Reden(artikel("5 lid 1"), "Vrijwilligers worden niet betaald uit de subsidie."));
        }
        if (aanvraag.heeft(Kenmerk.ALCOHOLISCHE_DRANK)) {
            bezwaren.add(new Reden(artikel("5 lid 2"), "Alcoholische drank wordt niet uit de subsidie betaald."));
        }
        if (aanvraag.activiteitOp().getYear() != aanvraag.ingediendOp().getYear()
                || !aanvraag.heeft(Kenmerk.UITGEVOERD_IN_AANVRAAGJAAR)) {
            bezwaren.add(new Reden(artikel("6"), "Het initiatief wordt niet geheel uitgevoerd in " + aanvraag.ingediendOp().getYear()
                    + ", het jaar waarin de subsidie is aangevraagd."));
        }
        if (!bezwaren.isEmpty()) {
            return Beoordeling.afgewezen(bezwaren);
        }
        return Beoordeling.toegekend(aanvraag.gevraagdInCenten(), List.of(new Reden(artikel("4 lid 1"),
                "Het initiatief voldoet aan de voorwaarden van artikel 2 tot en met 6; verleend wordt het gevraagde bedrag van "
                        + DenHaag.euro(aanvraag.gevraagdInCenten()) + ", binnen het maximum van " + DenHaag.euro(maximum)
                        + " voor een initiatief op " + schaal(aanvraag.schaal()) + ".")));
    }

    private static String schaal(Schaal schaal) {
        return switch (schaal) {
            case STRAAT -> "straatniveau";
            case BUURT -> "buurtniveau";
            case WIJK -> "wijkniveau";
            case STAD -> "stedelijk niveau";
        };
    }
}
