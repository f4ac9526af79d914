package nl.samenspraak.gemeente.doetinchem.internal;

import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Ondersteuning;
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
 * Overheidsparticipatie in Doetinchem: the gemeente supports a residents' initiative with advice, partnership
 * and process support as well as money. An initiative may ask for support alone (EUR 0): it is then granted
 * without money. Money: at most EUR 5,000, applicant 18 or older, open to everyone, not commercial,
 * political or religious, decided within eight weeks (art. 4:13 Awb).
 *
 * <p>MODEL DEFAULTS: the amounts and conditions are the model scheme's (as in the platform's model bundle),
 * not Doetinchem's; which support goes with which initiative is modelled on the pilot's description of
 * overheidsparticipatie (advice for every initiative; the gemeente as partner where the initiative serves the
 * wijkagenda; process support for initiatives of a whole wijk or the town). Support is offered also when the
 * money is refused, except to activities the scheme excludes.
 */
@Component(service = Subsidieregeling.class, property = { Regels.GEMEENTE + "=" + Doetinchem.GEMEENTE,
        Subsidieregeling.REGELING + "=" + DoetinchemseInitiatieven.REGELING })
public class DoetinchemseInitiatieven implements Subsidieregeling {

    static final String REGELING = "bewonersinitiatief";

    static final String TITEL = "Regeling overheidsparticipatie en bewonersinitiatieven Doetinchem (naar model)";

    private static final RegelsInfo INFO = RegelsInfo.vanaf(TITEL,
            "Samenspraak, bundles/gemeenten/doetinchem (modelregels; Doetinchems eigen tekst volgt)", Doetinchem.EERSTE_DAG);

    private static final Regelingsfeiten FEITEN;

    static {
        Map<Schaal, Long> maxima = new EnumMap<>(Schaal.class);
        for (Schaal schaal : Schaal.values()) {
            maxima.put(schaal, 500_000L);
        }
        FEITEN = new Regelingsfeiten(maxima, Period.ZERO, 18, 0, 0,
                Termijn.weken(8, "art. 4:13 Awb", "Een beschikking wordt binnen acht weken gegeven."));
    }

    static String paragraaf(String naam) {
        return TITEL + ", " + naam;
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
        List<Reden> bezwaren = new ArrayList<>(uitgesloten(aanvraag));
        long maximum = FEITEN.maximumInCenten().get(aanvraag.schaal());
        if (aanvraag.gevraagdInCenten() > maximum) {
            bezwaren.add(new Reden(paragraaf("maximum"), "Gevraagd is " + Doetinchem.euro(aanvraag.gevraagdInCenten())
                    + "; het maximum is " + Doetinchem.euro(maximum) + ". Advies en ondersteuning blijven beschikbaar."));
        }
        if (aanvraag.leeftijdAanvrager() < FEITEN.minimumleeftijdAanvrager()) {
            bezwaren.add(new Reden(paragraaf("aanvrager"), "De aanvrager is jonger dan 18 jaar."));
        }
        if (!aanvraag.heeft(Kenmerk.OPENBAAR_TOEGANKELIJK)) {
            bezwaren.add(new Reden(paragraaf("toegankelijkheid"), "De activiteit is niet openbaar toegankelijk."));
        }
        if (!bezwaren.isEmpty()) {
            return Beoordeling.afgewezen(bezwaren);
        }
        String steun = "De gemeente ondersteunt het initiatief met " + ondersteuning(aanvraag).stream()
                .map(o -> o.vorm().name().toLowerCase().replace('_', ' ')).toList() + ".";
        if (aanvraag.gevraagdInCenten() == 0) {
            return Beoordeling.toegekend(0, List.of(new Reden(paragraaf("overheidsparticipatie"),
                    "Het initiatief vraagt geen geld. " + steun)));
        }
        return Beoordeling.toegekend(aanvraag.gevraagdInCenten(), List.of(new Reden(paragraaf("verlening"),
                "De aanvraag voldoet aan de voorwaarden; verleend wordt " + Doetinchem.euro(aanvraag.gevraagdInCenten()) + ". "
                        + steun)));
    }

    @Override
    public List<Ondersteuning> ondersteuning(Subsidieaanvraag aanvraag) {
        if (!uitgesloten(aanvraag).isEmpty()) {
            return List.of();
        }
        List<Ondersteuning> steun = new ArrayList<>();
        steun.add(new Ondersteuning(Ondersteuning.Vorm.ADVIES, "Een vaste contactpersoon van de gemeente denkt mee en wijst "
                + "de weg in regels, vergunningen en fondsen.", new Reden(paragraaf("advies"),
                        "Ieder initiatief krijgt een contactpersoon bij de gemeente.")));
        if (aanvraag.heeft(Kenmerk.PAST_IN_WIJKAGENDA)) {
            steun.add(new Ondersteuning(Ondersteuning.Vorm.PARTNERSCHAP, "De gemeente doet als partner mee: zij deelt "
                    + "verantwoordelijkheid en brengt eigen inzet in.", new Reden(paragraaf("partnerschap"),
                            "Een initiatief dat bijdraagt aan de wijkagenda krijgt de gemeente als partner.")));
        }
        if (aanvraag.schaal() == Schaal.WIJK || aanvraag.schaal() == Schaal.STAD) {
            steun.add(new Ondersteuning(Ondersteuning.Vorm.PROCESBEGELEIDING, "Een procesbegeleider helpt bij "
                    + "bijeenkomsten en bij het betrekken van de wijk.", new Reden(paragraaf("procesbegeleiding"),
                            "Initiatieven voor een hele wijk of de stad krijgen procesbegeleiding.")));
        }
        return List.copyOf(steun);
    }

    /** Activities the scheme supports in no way, with money or otherwise. */
    private static List<Reden> uitgesloten(Subsidieaanvraag aanvraag) {
        List<Reden> redenen = new ArrayList<>();
        for (Kenmerk kenmerk : List.of(Kenmerk.COMMERCIEEL, Kenmerk.POLITIEK, Kenmerk.RELIGIEUS)) {
            if (aanvraag.heeft(kenmerk)) {
                redenen.add(new Reden(paragraaf("uitgesloten activiteiten"), "Activiteiten met een "
                        + kenmerk.name().toLowerCase() + " doel worden niet ondersteund."));
            }
        }
        return redenen;
    }
}
