package nl.samenspraak.gemeente.rotterdam.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Inspraakrecht;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Termijn;
import nl.samenspraak.rules.Uitdaagverzoek;
import nl.samenspraak.rules.Uitdaagverzoek.Onderbouwing;
import nl.samenspraak.rules.Verordening;

/**
 * Rotterdam's participatieverordening as far as the platform needs it. Rotterdam's own text was not
 * available: every provision here is the VNG model participatieverordening's default with the Awb's terms
 * (zienswijzen six weeks, art. 3:16 Awb; decisions eight weeks, art. 4:13 Awb), and the citations name the
 * model's paragraphs, not Rotterdam's article numbers. Replace them once Rotterdam's adopted text is modelled.
 */
@Component(service = Verordening.class, property = Regels.GEMEENTE + "=" + Rotterdam.GEMEENTE)
public class RotterdamseParticipatieverordening implements Verordening {

    static final String MODEL = "Participatieverordening Rotterdam (naar VNG-model)";

    private static final RegelsInfo INFO = RegelsInfo.vanaf(MODEL,
            "https://vng.nl/ (model participatieverordening); https://wetten.overheid.nl/BWBR0005537 (Awb)", Rotterdam.EERSTE_DAG);

    @Override
    public RegelsInfo info() {
        return INFO;
    }

    @Override
    public Termijn zienswijzetermijn(Besluitsoort soort) {
        return Termijn.weken(6, "art. 3:16 lid 1 Awb",
                "Zienswijzen kunnen gedurende zes weken na de terinzagelegging naar voren worden gebracht.");
    }

    @Override
    public Inspraakrecht inspraakrecht(Besluitsoort soort) {
        return new Inspraakrecht(Inspraakrecht.Kring.INGEZETENEN_EN_BELANGHEBBENDEN, 0,
                new Reden(MODEL + ", inspraak", "Inspraak wordt verleend aan ingezetenen en belanghebbenden."));
    }

    @Override
    public Optional<Reden> uitgesloten(Onderwerp onderwerp) {
        String waarom = switch (onderwerp) {
            case BEGROTING -> "Geen inspraak op de vaststelling en wijziging van de begroting.";
            case BELASTINGEN, TARIEVEN -> "Geen inspraak op belastingen en tarieven.";
            case UITVOERING_HOGERE_REGELGEVING -> "Geen inspraak waar de gemeente hogere regelgeving uitvoert zonder beleidsruimte.";
            case SPOEDEISEND -> "Geen inspraak waar het belang van spoed zich daartegen verzet.";
            case OVERIG -> null;
        };
        return Optional.ofNullable(waarom).map(t -> new Reden(MODEL + ", uitzonderingen op inspraak", t));
    }

    @Override
    public Termijn reactienotatermijn() {
        return Termijn.weken(12, MODEL + ", verslag van de inspraak",
                "Het college publiceert binnen twaalf weken na afloop van de inspraak een reactie op de zienswijzen.");
    }

    @Override
    public Beoordeling beoordeelUitdaagrecht(Uitdaagverzoek verzoek) {
        List<Reden> ontbreekt = new ArrayList<>();
        for (Onderbouwing eis : Onderbouwing.values()) {
            if (eis == Onderbouwing.RECHTSPERSOON && !verzoek.metBudget()) {
                continue; // only who takes over money must account for it as a legal person
            }
            if (!verzoek.onderbouwing().contains(eis)) {
                ontbreekt.add(new Reden(MODEL + ", uitdaagrecht: " + eis.name().toLowerCase().replace('_', ' '),
                        "Het verzoek toont dit niet aan: " + eis.name().toLowerCase().replace('_', ' ') + "."));
            }
        }
        if (!ontbreekt.isEmpty()) {
            return Beoordeling.afgewezen(ontbreekt);
        }
        return Beoordeling.toegekend(verzoek.gevraagdInCenten(), List.of(new Reden(MODEL + ", uitdaagrecht",
                "Het verzoek om de taak '" + verzoek.taak() + "' over te nemen voldoet aan de voorwaarden.")));
    }

    @Override
    public Termijn uitdaagrechtBeslistermijn() {
        return Termijn.weken(8, "art. 4:13 Awb", "Het college beslist binnen acht weken; het model stelt geen andere termijn.");
    }
}
