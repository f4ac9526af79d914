package nl.samenspraak.gemeente.model.internal;

import java.time.LocalDate;
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
 * Participation ordinance after the VNG model and the Awb, for a gemeente that has not (yet) put its own
 * ordinance into a rules bundle. Citations name the model's paragraphs, not article numbers, because each
 * gemeente numbers its adopted ordinance itself.
 */
@Component(property = Regels.GEMEENTE + "=" + Regels.MODEL)
public class ModelVerordening implements Verordening {

    static final String MODEL = "Model participatieverordening (VNG)";

    private static final RegelsInfo INFO = RegelsInfo.vanaf("Modelregels participatie en inspraak (VNG-model, Awb)",
            "https://vng.nl/ (model participatieverordening); https://wetten.overheid.nl/BWBR0005537 (Awb)",
            LocalDate.of(2025, 1, 1));

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
        return new Inspraakrecht(Inspraakrecht.Kring.INGEZETENEN_EN_BELANGHEBBENDEN, 0, new Reden(MODEL + ", inspraak",
                "Inspraak wordt verleend aan ingezetenen en belanghebbenden."));
    }

    @Override
    public Optional<Reden> uitgesloten(Onderwerp onderwerp) {
        String waarom = switch (onderwerp) {
            case BEGROTING -> "Geen inspraak op de vaststelling en wijziging van de begroting.";
            case BELASTINGEN, TARIEVEN -> "Geen inspraak op belastingen en tarieven.";
            case UITVOERING_HOGERE_REGELGEVING -> "Geen inspraak waar de gemeente hogere regelgeving uitvoert zonder "
                    + "beleidsruimte.";
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
                continue; // only who takes over money must be able to account for it
            }
            if (!verzoek.onderbouwing().contains(eis)) {
                ontbreekt.add(new Reden(MODEL + ", uitdaagrecht", "Het verzoek toont niet aan: " + omschrijving(eis) + "."));
            }
        }
        if (ontbreekt.isEmpty()) {
            return Beoordeling.toegekend(verzoek.gevraagdInCenten(), List.of(new Reden(MODEL + ", uitdaagrecht",
                    "Het verzoek voldoet aan de voorwaarden om de taak '" + verzoek.taak() + "' over te nemen.")));
        }
        return Beoordeling.afgewezen(ontbreekt);
    }

    @Override
    public Termijn uitdaagrechtBeslistermijn() {
        return Termijn.weken(8, "art. 4:13 Awb",
                "Het college beslist binnen acht weken; het model stelt geen andere termijn.");
    }

    private static String omschrijving(Onderbouwing eis) {
        return switch (eis) {
            case MAATSCHAPPELIJKE_MEERWAARDE -> "dat de uitvoering door de uitdager maatschappelijke meerwaarde heeft";
            case DRAAGVLAK_IN_BUURT -> "dat er draagvlak is onder de mensen voor wie de taak wordt uitgevoerd";
            case DESKUNDIGHEID_EN_CONTINUITEIT -> "dat de uitdager de taak deskundig en duurzaam kan uitvoeren";
            case BEGROTING_EN_FINANCIERING -> "een sluitende begroting voor de uitvoering";
            case RECHTSPERSOON -> "een rechtspersoon die verantwoording kan afleggen over het budget";
        };
    }
}
