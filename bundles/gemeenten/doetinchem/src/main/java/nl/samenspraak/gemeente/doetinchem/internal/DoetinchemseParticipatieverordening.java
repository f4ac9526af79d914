package nl.samenspraak.gemeente.doetinchem.internal;

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
 * Doetinchem's participatieverordening with the VNG model's provisions (see {@link Doetinchem}): inspraak for
 * ingezetenen and belanghebbenden, Awb terms, the model's exclusions, and the uitdaagrecht on the model's five
 * conditions, each named separately when it is not shown. In the spirit of the pilot, a refused challenger is
 * pointed to the support for initiatives; that is a sentence, not a condition.
 */
@Component(service = Verordening.class, property = Regels.GEMEENTE + "=" + Doetinchem.GEMEENTE)
public class DoetinchemseParticipatieverordening implements Verordening {

    private static final String V = Doetinchem.VERORDENING;

    private static final RegelsInfo INFO = RegelsInfo.vanaf(V,
            "https://vng.nl/ (model participatieverordening); https://wetten.overheid.nl/BWBR0005537 (Awb)", Doetinchem.EERSTE_DAG);

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
                new Reden(V + ", inspraak", "Inspraak wordt verleend aan ingezetenen en belanghebbenden."));
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
        return Optional.ofNullable(waarom).map(t -> new Reden(V + ", uitzonderingen op inspraak", t));
    }

    @Override
    public Termijn reactienotatermijn() {
        return Termijn.weken(12, V + ", verslag van de inspraak",
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
                ontbreekt.add(new Reden(V + ", uitdaagrecht: " + voorwaarde(eis), "Het verzoek toont niet aan " + wat(eis)
                        + ". Een contactpersoon van de gemeente kan helpen dit aan te vullen."));
            }
        }
        if (!ontbreekt.isEmpty()) {
            return Beoordeling.afgewezen(ontbreekt);
        }
        return Beoordeling.toegekend(verzoek.gevraagdInCenten(), List.of(new Reden(V + ", uitdaagrecht",
                "Het verzoek om de taak '" + verzoek.taak() + "' over te nemen voldoet aan de voorwaarden"
                        + (verzoek.metBudget() ? "; het budget van " + Doetinchem.euro(verzoek.gevraagdInCenten()) + " gaat mee." : "."))));
    }

    @Override
    public Termijn uitdaagrechtBeslistermijn() {
        return Termijn.weken(8, "art. 4:13 Awb", "Het college beslist binnen acht weken; het model stelt geen andere termijn.");
    }

    private static String voorwaarde(Onderbouwing eis) {
        return switch (eis) {
            case MAATSCHAPPELIJKE_MEERWAARDE -> "meerwaarde";
            case DRAAGVLAK_IN_BUURT -> "draagvlak";
            case DESKUNDIGHEID_EN_CONTINUITEIT -> "deskundigheid";
            case BEGROTING_EN_FINANCIERING -> "begroting";
            case RECHTSPERSOON -> "rechtspersoon";
        };
    }

    private static String wat(Onderbouwing eis) {
        return switch (eis) {
            case MAATSCHAPPELIJKE_MEERWAARDE -> "dat de uitvoering door de uitdager maatschappelijke meerwaarde heeft";
            case DRAAGVLAK_IN_BUURT -> "dat er draagvlak is onder de mensen voor wie de taak wordt uitgevoerd";
            case DESKUNDIGHEID_EN_CONTINUITEIT -> "dat de uitdager de taak deskundig en duurzaam kan uitvoeren";
            case BEGROTING_EN_FINANCIERING -> "een sluitende begroting voor de uitvoering";
            case RECHTSPERSOON -> "een rechtspersoon die verantwoording kan afleggen over het budget";
        };
    }
}
