package nl.samenspraak.rules.testkit;

import static nl.samenspraak.rules.testkit.Regelstoets.uitdaagverzoek;
import static nl.samenspraak.rules.testkit.Regelstoets.verordening;
import static nl.samenspraak.rules.testkit.RegelstoetsTest.assertFaalt;

import java.time.LocalDate;

import org.junit.Test;

import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Inspraakrecht.Indiener;
import nl.samenspraak.rules.Inspraakrecht.Kring;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Uitdaagverzoek.Onderbouwing;
import nl.samenspraak.rules.testkit.ProefVerordening.Fout;

public class VerordeningControleTest {

    private final ProefVerordening goed = new ProefVerordening();

    @Test
    public void fluentChecksPassWhatTheOrdinanceSays() {
        verordening(goed).zienswijzetermijnVoorAlle(6, "art. 3:16")
                .inspraakkring(Besluitsoort.BELEIDSNOTA, Kring.INGEZETENEN, 16)
                .inspraakrechtCiteert(Besluitsoort.OVERIG, "art. 2")
                .staatInspraakToe(Besluitsoort.BELEIDSNOTA, new Indiener(true, false, 16))
                .staatInspraakNietToe(Besluitsoort.BELEIDSNOTA, new Indiener(true, false, 15))
                .sluitUit(Onderwerp.BELASTINGEN, "art. 3").sluitNietUit(Onderwerp.OVERIG);
        verordening(goed).reactienotatermijn().weken(8).citeert("art. 5");
        verordening(goed).uitdaagrecht(uitdaagverzoek()).isToegekend(1_200_000);
        verordening(goed).uitdaagrecht(uitdaagverzoek().zonderBudget().zonder(Onderbouwing.RECHTSPERSOON)).isToegekend(0);
        verordening(goed).uitdaagrecht(uitdaagverzoek().zonder(Onderbouwing.DRAAGVLAK_IN_BUURT, Onderbouwing.RECHTSPERSOON))
                .isAfgewezen().citeertPrecies("art. 6 lid 2", "art. 6 lid 5");
    }

    @Test
    public void fluentChecksFailOnWhatTheOrdinanceDoesNotSay() {
        assertFaalt(() -> verordening(goed).zienswijzetermijnVoorAlle(4, "art. 3:16"), "verwacht 4 weken");
        assertFaalt(() -> verordening(goed).inspraakkring(Besluitsoort.BELEIDSNOTA, Kring.IEDEREEN, 0), "IEDEREEN");
        assertFaalt(() -> verordening(goed).staatInspraakToe(Besluitsoort.BELEIDSNOTA, new Indiener(false, true, 40)),
                "verwacht toegestaan");
        assertFaalt(() -> verordening(goed).sluitUit(Onderwerp.BEGROTING, "art. 3"), "BEGROTING");
        assertFaalt(() -> verordening(goed).sluitNietUit(Onderwerp.BELASTINGEN), "BELASTINGEN");
        assertFaalt(() -> verordening(goed).uitdaagrecht(uitdaagverzoek().ontvangenOp(LocalDate.of(2024, 6, 1))),
                "niet in werking");
    }

    @Test
    public void contractPassesACorrectOrdinanceAndCatchesEachMistake() {
        Contract.verordening(goed);
        assertFaalt(() -> Contract.verordening(new ProefVerordening(Fout.NOEMT_ALLEEN_EERSTE_ONTBREKENDE)), "noemt ze niet alle");
        assertFaalt(() -> Contract.verordening(new ProefVerordening(Fout.LEEG_ARTIKEL_BIJ_UITSLUITING)), "uitgesloten BELASTINGEN");
        assertFaalt(() -> Contract.verordening(new ProefVerordening(Fout.TERMIJN_NUL)), "is niet positief");
        assertFaalt(() -> Contract.verordening(new ProefVerordening(Fout.NULL_IN_PLAATS_VAN_LEEG)), "null in plaats van leeg");
    }
}
