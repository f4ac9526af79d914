package nl.samenspraak.gemeente.denhaag.internal;

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
import nl.samenspraak.rules.Verordening;

/**
 * Den Haag's inspraakverordening, in force until 31 December 2024: inspraak for ingezetenen and
 * belanghebbenden, a reactienota within twelve weeks, and no uitdaagrecht (the Gemeentewet has required one
 * only since 1 January 2025).
 *
 * <p>Modelled on the inspraakverordeningen of that period (art. 150 Gemeentewet as it read until 2025); the
 * article numbers, the twelve weeks and the first day ({@link DenHaag#EERSTE_DAG}) are this bundle's, not
 * verified against the adopted text.
 */
@Component(service = Verordening.class, property = Regels.GEMEENTE + "=" + DenHaag.GEMEENTE)
public class HaagseInspraakverordening extends HaagseVerordening {

    static final String TITEL = "Inspraakverordening Den Haag";

    private static final RegelsInfo INFO = RegelsInfo.vanaf(TITEL,
            "https://lokaleregelgeving.overheid.nl/ (gemeente 's-Gravenhage, " + TITEL + ")", DenHaag.EERSTE_DAG)
            .tot(DenHaag.PARTICIPATIEVERORDENING_VANAF.minusDays(1));

    public HaagseInspraakverordening() {
        super(TITEL, "3 lid 1", "4");
    }

    @Override
    public RegelsInfo info() {
        return INFO;
    }

    @Override
    public Inspraakrecht inspraakrecht(Besluitsoort soort) {
        return new Inspraakrecht(Inspraakrecht.Kring.INGEZETENEN_EN_BELANGHEBBENDEN, 0, new Reden(artikel("2"),
                "Inspraak wordt verleend aan ingezetenen van de gemeente en aan belanghebbende natuurlijke en "
                        + "rechtspersonen."));
    }

    @Override
    public Termijn reactienotatermijn() {
        return Termijn.weken(12, artikel("6"),
                "Het college publiceert binnen twaalf weken na afloop van de inspraaktermijn een reactienota.");
    }

    @Override
    public Beoordeling beoordeelUitdaagrecht(Uitdaagverzoek verzoek) {
        return Beoordeling.afgewezen(List.of(new Reden("art. 150 Gemeentewet (tekst tot 1 januari 2025) jo. " + TITEL,
                "De inspraakverordening kent geen recht om de uitvoering van een gemeentelijke taak over te nemen; dat "
                        + "recht geldt voor verzoeken die op of na 1 januari 2025 zijn ontvangen. Het verzoek kan worden "
                        + "ingediend als bewonersinitiatief.")));
    }
}
