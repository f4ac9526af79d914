package nl.samenspraak.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The kit from JUnit 5: its checks are plain assertions, so a supplier on Jupiter uses them as they are. */
class JupiterTest {

    private final Feiten feiten = Feiten.uit(JupiterTest.class, "feiten.properties");

    @Test
    @DisplayName("een regeling die de feiten publiceert en naleeft, slaagt")
    void aCorrectSchemePasses() {
        Contract.subsidieregeling(new ProefRegeling());
        feiten.controleer(new ProefRegeling());
        Regelstoets.beoordeel(new ProefRegeling(), Regelstoets.aanvraag().euro(750)).isToegekend();
    }

    @Test
    @DisplayName("vier weken zienswijzetermijn waar de feiten zes zeggen, valt op")
    void aWrongTermFails() {
        AssertionError fout = assertThrows(AssertionError.class,
                () -> feiten.controleer(new ProefVerordening(ProefVerordening.Fout.VIER_WEKEN_ZIENSWIJZE)));
        assertTrue(fout.getMessage().contains("de regels publiceren 4 weken"), fout.getMessage());
    }
}
