package nl.samenspraak.rules.testkit;

import static nl.samenspraak.rules.testkit.Regelstoets.aanvraag;
import static nl.samenspraak.rules.testkit.Regelstoets.beoordeel;
import static nl.samenspraak.rules.testkit.Regelstoets.termijn;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.Period;

import org.junit.Test;

import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.rules.Termijn;
import nl.samenspraak.rules.testkit.ProefRegeling.Fout;

public class RegelstoetsTest {

    private final ProefRegeling regeling = new ProefRegeling();

    @Test
    public void defaultsMeetCommonSchemes() {
        Subsidieaanvraag a = aanvraag().bouw();
        assertEquals(LocalDate.of(2025, 3, 3), a.ingediendOp());
        assertEquals(LocalDate.of(2025, 5, 12), a.activiteitOp());
        assertEquals(25_000, a.gevraagdInCenten());
        assertEquals(Schaal.BUURT, a.schaal());
        assertTrue(a.heeft(Kenmerk.OPENBAAR_TOEGANKELIJK));
        beoordeel(regeling, aanvraag()).isToegekend(25_000).citeertPrecies("art. 2 lid 1");
    }

    @Test
    public void theActivityFollowsTheSubmissionDayUnlessSetOnADay() {
        assertEquals(LocalDate.of(2025, 6, 1).plusWeeks(10),
                aanvraag().ingediendOp(LocalDate.of(2025, 6, 1)).bouw().activiteitOp());
        assertEquals(LocalDate.of(2025, 7, 1), aanvraag().activiteitOp(LocalDate.of(2025, 7, 1))
                .ingediendOp(LocalDate.of(2025, 6, 1)).bouw().activiteitOp());
        AanvraagBouwer relatief = aanvraag().activiteitNa(Period.ofWeeks(7));
        assertEquals(LocalDate.of(2025, 9, 1).plusWeeks(7), relatief.kopie().ingediendOp(LocalDate.of(2025, 9, 1)).bouw().activiteitOp());
    }

    @Test
    public void passesWhatTheRulesDecide() {
        beoordeel(regeling, aanvraag().aanvrager(17).met(Kenmerk.POLITIEK)).isAfgewezen()
                .citeertPrecies("art. 4 lid 1", "art. 6").aantalRedenen(2).toelichtingBevat("politieke").citeertNiet("art. 5");
    }

    @Test
    public void failsOnAWrongOutcomeAmountOrArticle() {
        assertFaalt(() -> beoordeel(regeling, aanvraag()).isAfgewezen(), "verwacht AFGEWEZEN");
        assertFaalt(() -> beoordeel(regeling, aanvraag()).isToegekend(25_001), "verwacht bedrag EUR 250,01");
        assertFaalt(() -> beoordeel(regeling, aanvraag().aanvrager(17)).heeftAanvullingNodig(), "AANVULLING_NODIG");
        assertFaalt(() -> beoordeel(regeling, aanvraag().aanvrager(17)).citeert("art. 9"), "[art. 9]");
        // a refusal that names one condition too many, or one too few
        assertFaalt(() -> beoordeel(regeling, aanvraag().aanvrager(17).met(Kenmerk.POLITIEK)).citeertPrecies("art. 4 lid 1"),
                "onverwacht: [art. 6 Proefregeling]");
        assertFaalt(() -> beoordeel(regeling, aanvraag().aanvrager(17)).citeertPrecies("art. 4 lid 1", "art. 6"),
                "ontbrekend: [art. 6]");
        assertFaalt(() -> beoordeel(regeling, aanvraag()).citeertNiet("art. 2"), "geen reden");
        assertFaalt(() -> beoordeel(regeling, aanvraag()).toelichtingBevat("plafond"), "plafond");
    }

    @Test
    public void everyDecisionIsCheckedForWhatAlwaysHolds() {
        assertFaalt(() -> beoordeel(new ProefRegeling(Fout.KENT_MEER_TOE_DAN_GEVRAAGD), aanvraag()), "meer dan gevraagd");
        assertFaalt(() -> beoordeel(new ProefRegeling(Fout.KENT_CENT_BOVEN_MAXIMUM_TOE), aanvraag().centen(100_001)),
                "meer dan het gepubliceerde maximum EUR 1000,00");
        assertFaalt(() -> beoordeel(new ProefRegeling(Fout.LEGE_TOELICHTING), aanvraag()), "zonder artikel of toelichting");
        assertFaalt(() -> beoordeel(regeling, aanvraag().ingediendOp(LocalDate.of(2024, 12, 31))), "niet in werking op 2024-12-31");
    }

    @Test
    public void termsCountFromTheirFirstDay() {
        Termijn zesWeken = Termijn.weken(6, "art. 3:16 lid 1 Awb", "zes weken");
        termijn(zesWeken).weken(6).citeert("3:16").laatsteDag(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 3, 10));
        assertFaalt(() -> termijn(zesWeken).weken(8), "verwacht 8 weken");
        assertFaalt(() -> termijn(zesWeken).citeert("4:13"), "4:13");
        assertFaalt(() -> termijn(zesWeken).laatsteDag(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 3, 11)), "2025-03-10");
    }

    @Test
    public void versionsOutOfForceAreNotUsed() {
        ProefRegeling oud = new ProefRegeling(RegelsInfo.vanaf("oud", "x", LocalDate.of(2020, 1, 1)).tot(LocalDate.of(2024, 12, 31)));
        assertFaalt(() -> beoordeel(oud, aanvraag()), "niet in werking");
    }

    static void assertFaalt(Runnable controle, String verwacht) {
        AssertionError e = assertThrows(AssertionError.class, controle::run);
        assertTrue("expected '" + verwacht + "' in:\n" + e.getMessage(), e.getMessage().contains(verwacht));
    }
}
