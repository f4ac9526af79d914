package nl.samenspraak.gemeente.rotterdam.internal;

import static nl.samenspraak.rules.testkit.Regelstoets.uitdaagverzoek;
import static nl.samenspraak.rules.testkit.Regelstoets.verordening;

import java.time.LocalDate;

import org.junit.Test;

import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Inspraakrecht.Indiener;
import nl.samenspraak.rules.Inspraakrecht.Kring;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Uitdaagverzoek.Onderbouwing;
import nl.samenspraak.rules.Verordening;
import nl.samenspraak.rules.testkit.VerordeningContract;

public class RotterdamseParticipatieverordeningTest extends VerordeningContract {

    private final RotterdamseParticipatieverordening v = new RotterdamseParticipatieverordening();

    @Override
    protected Verordening verordeningOnderToets() {
        return v;
    }

    @Test
    public void awbTermsAndModelDefaults() {
        verordening(v).zienswijzetermijnVoorAlle(6, "art. 3:16 lid 1 Awb")
                .inspraakkring(Besluitsoort.BELEIDSNOTA, Kring.INGEZETENEN_EN_BELANGHEBBENDEN, 0)
                .staatInspraakNietToe(Besluitsoort.OVERIG, new Indiener(false, false, 40));
        verordening(v).zienswijzetermijn(Besluitsoort.OMGEVINGSPLAN).laatsteDag(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 3, 10));
        verordening(v).reactienotatermijn().weken(12).citeert("naar VNG-model");
        verordening(v).uitdaagrechtBeslistermijn().weken(8).citeert("art. 4:13 Awb");
        for (Onderwerp o : new Onderwerp[] { Onderwerp.BEGROTING, Onderwerp.BELASTINGEN, Onderwerp.TARIEVEN,
                Onderwerp.UITVOERING_HOGERE_REGELGEVING, Onderwerp.SPOEDEISEND }) {
            verordening(v).sluitUit(o, "uitzonderingen op inspraak");
        }
        verordening(v).sluitNietUit(Onderwerp.OVERIG);
    }

    @Test
    public void uitdaagrecht() {
        verordening(v).uitdaagrecht(uitdaagverzoek()).isToegekend(1_200_000).citeertPrecies("uitdaagrecht");
        verordening(v).uitdaagrecht(uitdaagverzoek().zonder(Onderbouwing.DRAAGVLAK_IN_BUURT, Onderbouwing.RECHTSPERSOON))
                .isAfgewezen().citeertPrecies("uitdaagrecht: draagvlak in buurt", "uitdaagrecht: rechtspersoon");
        verordening(v).uitdaagrecht(uitdaagverzoek().zonderBudget().zonder(Onderbouwing.RECHTSPERSOON)).isToegekend(0);
    }
}
