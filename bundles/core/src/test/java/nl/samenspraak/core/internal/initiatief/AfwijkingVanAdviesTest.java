package nl.samenspraak.core.internal.initiatief;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Optional;

import org.junit.Test;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.initiatief.SubsidieaanvraagService.Afwijking;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Beoordeling.Uitkomst;
import nl.samenspraak.rules.Reden;

public class AfwijkingVanAdviesTest {

    private static final Bedrag GEVRAAGD = Bedrag.euro(900);
    private static final Beoordeling TOEKENNEN = Beoordeling.toegekend(750_00, List.of(new Reden("art. 4", "Past in de regeling.")));
    private static final Beoordeling AFWIJZEN = Beoordeling.afgewezen(List.of(new Reden("art. 5", "Te laat aangevraagd.")));

    @Test
    public void followingTheAdviceNeedsNoMotivationAndChangesNothing() {
        assertSame(TOEKENNEN, AfwijkingVanAdvies.toepassen(TOEKENNEN, new Afwijking(Uitkomst.TOEGEKEND, Optional.empty(), ""), GEVRAAGD));
        assertSame(TOEKENNEN, AfwijkingVanAdvies.toepassen(TOEKENNEN,
                new Afwijking(Uitkomst.TOEGEKEND, Optional.of(Bedrag.euro(750)), ""), GEVRAAGD));
        assertSame(AFWIJZEN, AfwijkingVanAdvies.toepassen(AFWIJZEN, new Afwijking(Uitkomst.AFGEWEZEN, Optional.empty(), null), GEVRAAGD));
    }

    @Test
    public void aDeviationKeepsTheRulesReasonsAndAddsItsMotivation() {
        Beoordeling besluit = AfwijkingVanAdvies.toepassen(TOEKENNEN,
                new Afwijking(Uitkomst.AFGEWEZEN, Optional.empty(), " Er is al een evenement vergund. "), GEVRAAGD);
        assertEquals(Uitkomst.AFGEWEZEN, besluit.uitkomst());
        assertEquals(0, besluit.bedragInCenten());
        assertEquals(2, besluit.redenen().size());
        assertEquals(TOEKENNEN.redenen().get(0), besluit.redenen().get(0));
        assertEquals("art. 3:46 Awb", besluit.redenen().get(1).artikel());
        assertEquals("De gemeente wijkt af van het advies van de regels (toekennen: € 750,00). Motivering: Er is al een "
                + "evenement vergund.", besluit.redenen().get(1).toelichting());

        Beoordeling toch = AfwijkingVanAdvies.toepassen(AFWIJZEN, new Afwijking(Uitkomst.TOEGEKEND, Optional.empty(), "Hardheid"),
                GEVRAAGD);
        assertEquals("granted against the advice: the amount applied for", 900_00, toch.bedragInCenten());
        Beoordeling minder = AfwijkingVanAdvies.toepassen(TOEKENNEN,
                new Afwijking(Uitkomst.TOEGEKEND, Optional.of(Bedrag.euro(500)), "Alleen de huur"), GEVRAAGD);
        assertEquals(500_00, minder.bedragInCenten());
    }

    @Test
    public void aDeviationWithoutMotivationOrOverTheAmountAppliedForIsRefused() {
        assertVeld("motivering", () -> AfwijkingVanAdvies.toepassen(TOEKENNEN, new Afwijking(Uitkomst.AFGEWEZEN, Optional.empty(), " "),
                GEVRAAGD));
        assertVeld("bedrag", () -> AfwijkingVanAdvies.toepassen(TOEKENNEN,
                new Afwijking(Uitkomst.TOEGEKEND, Optional.of(Bedrag.euro(901)), "Meer dan gevraagd"), GEVRAAGD));
        assertVeld("bedrag", () -> AfwijkingVanAdvies.toepassen(AFWIJZEN,
                new Afwijking(Uitkomst.TOEGEKEND, Optional.of(Bedrag.NUL), "Niets"), GEVRAAGD));
        assertVeld("uitkomst", () -> AfwijkingVanAdvies.toepassen(TOEKENNEN,
                new Afwijking(Uitkomst.AANVULLING_NODIG, Optional.empty(), "Vraag iets"), GEVRAAGD));
    }

    private static void assertVeld(String veld, Runnable actie) {
        try {
            actie.run();
            fail("refused on " + veld);
        } catch (OngeldigeInvoerException e) {
            assertTrue(e.overtredingen().toString(), e.overtredingen().stream().anyMatch(o -> o.veld().equals(veld)));
        }
    }
}
