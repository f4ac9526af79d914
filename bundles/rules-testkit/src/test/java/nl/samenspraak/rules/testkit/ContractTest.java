package nl.samenspraak.rules.testkit;

import static nl.samenspraak.rules.testkit.Regelstoets.aanvraag;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.testkit.ProefRegeling.Fout;

public class ContractTest {

    @Test
    public void aCorrectSchemePasses() {
        Contract.subsidieregeling(new ProefRegeling());
    }

    @Test
    public void catchesEveryMistake() {
        assertFaalt(Fout.KENT_CENT_BOVEN_MAXIMUM_TOE, "een cent boven het maximum");
        assertFaalt(Fout.NOEMT_ALLEEN_EERSTE_BEZWAAR, "noemt ze niet alle");
        assertFaalt(Fout.LEGE_TOELICHTING, "reden zonder artikel of toelichting");
        assertFaalt(Fout.WISSELENDE_INFO, "info() wisselt");
        assertFaalt(Fout.NEGEERT_AANVRAAG_VOORAF, "een dag te laat aangevraagd");
        assertFaalt(Fout.NEGEERT_LEEFTIJD_AANVRAGER, "aanvrager 17");
        assertFaalt(Fout.NEGEERT_LEEFTIJD_ONDERSTEUNERS, "ondersteuners 11");
        assertFaalt(Fout.TELT_ONDERSTEUNERS_VERKEERD, "3 ondersteuners");
        assertFaalt(Fout.WIJST_ALLES_AF, "een aanvraag die aan alles voldoet wordt niet toegekend");
        assertFaalt(Fout.KENT_MEER_TOE_DAN_GEVRAAGD, "meer dan gevraagd");
        assertFaalt(Fout.KENT_STAD_TOE_ZONDER_MAXIMUM, "geen, voor schaal STAD");
        assertFaalt(Fout.VERGEET_POLITIEK_BIJ_MEER_BEZWAREN, "met POLITIEK");
    }

    @Test
    public void aBasisThatMissesAConditionIsReportedAsSuch() {
        AssertionError fout = assertThrows(AssertionError.class,
                () -> Contract.subsidieregeling(new ProefRegeling(), aanvraag().zonder(Kenmerk.OPENBAAR_TOEGANKELIJK)));
        assertTrue(fout.getMessage(), fout.getMessage().contains("basisaanvraag"));
    }

    @Test
    public void theJUnitBaseClassRunsTheContract() {
        SubsidieregelingContract goed = new SubsidieregelingContract() {
            @Override
            protected nl.samenspraak.rules.Subsidieregeling regelingOnderToets() {
                return new ProefRegeling();
            }
        };
        goed.voldoetAanHetContract();
        SubsidieregelingContract fout = new SubsidieregelingContract() {
            @Override
            protected nl.samenspraak.rules.Subsidieregeling regelingOnderToets() {
                return new ProefRegeling(Fout.NOEMT_ALLEEN_EERSTE_BEZWAAR);
            }
        };
        assertThrows(AssertionError.class, fout::voldoetAanHetContract);
    }

    private static void assertFaalt(Fout fout, String verwacht) {
        AssertionError e = assertThrows(fout + " is not caught", AssertionError.class,
                () -> Contract.subsidieregeling(new ProefRegeling(fout)));
        assertTrue(fout + " should be reported as '" + verwacht + "' but was:\n" + e.getMessage(),
                e.getMessage().contains(verwacht));
    }
}
