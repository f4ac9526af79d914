package nl.samenspraak.gemeente.doetinchem.internal;

import static nl.samenspraak.rules.testkit.Regelstoets.uitdaagverzoek;

import java.time.LocalDate;

import org.junit.Test;

import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Inspraakrecht.Indiener;
import nl.samenspraak.rules.Inspraakrecht.Kring;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Uitdaagverzoek.Onderbouwing;
import nl.samenspraak.rules.Verordening;
import nl.samenspraak.rules.testkit.Regelstoets;
import nl.samenspraak.rules.testkit.VerordeningContract;

public class DoetinchemseParticipatieverordeningTest extends VerordeningContract {

    private static final String U = "Participatieverordening Doetinchem (naar VNG-model), uitdaagrecht";

    private final DoetinchemseParticipatieverordening v = new DoetinchemseParticipatieverordening();

    @Override
    protected Verordening verordeningOnderToets() {
        return v;
    }

    @Test
    public void modelTermsCircleAndExclusions() {
        Regelstoets.verordening(v).zienswijzetermijnVoorAlle(6, "art. 3:16 lid 1 Awb")
                .inspraakkring(Besluitsoort.GEBIEDSVISIE, Kring.INGEZETENEN_EN_BELANGHEBBENDEN, 0)
                .staatInspraakToe(Besluitsoort.GEBIEDSVISIE, new Indiener(false, true, 50))
                .staatInspraakNietToe(Besluitsoort.GEBIEDSVISIE, new Indiener(false, false, 50))
                .sluitUit(Onderwerp.BEGROTING, "uitzonderingen").sluitUit(Onderwerp.TARIEVEN, "uitzonderingen")
                .sluitUit(Onderwerp.BELASTINGEN, "uitzonderingen").sluitUit(Onderwerp.SPOEDEISEND, "uitzonderingen")
                .sluitUit(Onderwerp.UITVOERING_HOGERE_REGELGEVING, "uitzonderingen").sluitNietUit(Onderwerp.OVERIG);
        Regelstoets.verordening(v).zienswijzetermijn(Besluitsoort.BELEIDSNOTA)
                .laatsteDag(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 3, 16));
        Regelstoets.verordening(v).reactienotatermijn().weken(12).citeert("verslag van de inspraak");
        Regelstoets.verordening(v).uitdaagrechtBeslistermijn().weken(8).citeert("art. 4:13 Awb")
                .laatsteDag(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 27));
    }

    @Test
    public void uitdaagrechtOnTheModelsConditions() {
        Regelstoets.verordening(v).uitdaagrecht(uitdaagverzoek()).isToegekend(1_200_000).citeertPrecies(U)
                .toelichtingBevat("EUR 12.000,00");
        Regelstoets.verordening(v).uitdaagrecht(uitdaagverzoek().zonder(Onderbouwing.MAATSCHAPPELIJKE_MEERWAARDE))
                .isAfgewezen().citeertPrecies(U + ": meerwaarde").toelichtingBevat("contactpersoon");
        Regelstoets.verordening(v).uitdaagrecht(uitdaagverzoek().zonder(Onderbouwing.values())).isAfgewezen()
                .citeertPrecies(U + ": meerwaarde", U + ": draagvlak", U + ": deskundigheid", U + ": begroting",
                        U + ": rechtspersoon");
        Regelstoets.verordening(v).uitdaagrecht(uitdaagverzoek().zonderBudget().zonder(Onderbouwing.RECHTSPERSOON))
                .isToegekend(0);
        Regelstoets.verordening(v).uitdaagrecht(uitdaagverzoek().zonderBudget().zonder(Onderbouwing.DRAAGVLAK_IN_BUURT))
                .isAfgewezen().citeertPrecies(U + ": draagvlak");
    }
}
