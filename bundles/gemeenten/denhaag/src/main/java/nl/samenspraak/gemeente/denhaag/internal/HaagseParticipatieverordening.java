package nl.samenspraak.gemeente.denhaag.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Inspraakrecht;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Termijn;
import nl.samenspraak.rules.Uitdaagverzoek;
import nl.samenspraak.rules.Uitdaagverzoek.Onderbouwing;
import nl.samenspraak.rules.Verordening;

/**
 * Den Haag's participatieverordening under art. 150 Gemeentewet, from 1 January 2025: anyone may respond
 * (not only ingezetenen and belanghebbenden), the reactienota follows within eight weeks instead of twelve,
 * and residents and organisations have an uitdaagrecht on the conditions of article 9.
 *
 * <p>Modelled on the VNG model participatieverordening; the article numbers, the eight weeks and the circle
 * are this bundle's, not verified against an adopted Haagse text.
 */
@Component(service = Verordening.class, property = Regels.GEMEENTE + "=" + DenHaag.GEMEENTE)
public class HaagseParticipatieverordening extends HaagseVerordening {

    static final String TITEL = "Participatieverordening Den Haag";

    private static final RegelsInfo INFO = RegelsInfo.vanaf(TITEL,
            "https://lokaleregelgeving.overheid.nl/ (gemeente 's-Gravenhage, " + TITEL + ")",
            DenHaag.PARTICIPATIEVERORDENING_VANAF);

    public HaagseParticipatieverordening() {
        super(TITEL, "5 lid 1", "6");
    }

    @Override
    public RegelsInfo info() {
        return INFO;
    }

    @Override
    public Inspraakrecht inspraakrecht(Besluitsoort soort) {
        return new Inspraakrecht(Inspraakrecht.Kring.IEDEREEN, 0, new Reden(artikel("4"),
                "Een ieder kan een zienswijze naar voren brengen: inwoners, ondernemers, organisaties en anderen."));
    }

    @Override
    public Termijn reactienotatermijn() {
        return Termijn.weken(8, artikel("7"),
                "Het college publiceert binnen acht weken na afloop van de zienswijzetermijn een reactienota.");
    }

    @Override
    public Beoordeling beoordeelUitdaagrecht(Uitdaagverzoek verzoek) {
        List<Reden> ontbreekt = new ArrayList<>();
        for (Onderbouwing eis : Onderbouwing.values()) {
            if (eis == Onderbouwing.RECHTSPERSOON && !verzoek.metBudget()) {
                continue; // only who takes over money must account for it as a legal person
            }
            if (!verzoek.onderbouwing().contains(eis)) {
                ontbreekt.add(new Reden(artikel("9 lid 2 onder " + lid(eis)), "Het verzoek toont niet aan " + wat(eis) + "."));
            }
        }
        if (!ontbreekt.isEmpty()) {
            return Beoordeling.afgewezen(ontbreekt);
        }
        return Beoordeling.toegekend(verzoek.gevraagdInCenten(), List.of(new Reden(artikel("9 lid 1"),
                "Het verzoek om de taak '" + verzoek.taak() + "' over te nemen voldoet aan de voorwaarden van artikel 9 lid 2"
                        + (verzoek.metBudget() ? "; het budget van " + DenHaag.euro(verzoek.gevraagdInCenten()) + " gaat mee." : "."))));
    }

    private static String lid(Onderbouwing eis) {
        return switch (eis) {
            case MAATSCHAPPELIJKE_MEERWAARDE -> "a";
            case DRAAGVLAK_IN_BUURT -> "b";
            case DESKUNDIGHEID_EN_CONTINUITEIT -> "c";
            case BEGROTING_EN_FINANCIERING -> "d";
            case RECHTSPERSOON -> "e";
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
