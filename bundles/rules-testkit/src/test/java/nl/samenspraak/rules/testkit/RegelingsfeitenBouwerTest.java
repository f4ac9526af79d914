package nl.samenspraak.rules.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Period;
import java.util.Map;

import org.junit.Test;

import nl.samenspraak.rules.Regelingsfeiten;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.rules.Termijn;

/** The builder names each number, so ages and supporters cannot be swapped unnoticed (SPI 1.2). */
public class RegelingsfeitenBouwerTest {

    private static final Termijn ACHT_WEKEN = Termijn.weken(8, "art. 4:13 Awb", "Binnen acht weken.");

    @Test
    @SuppressWarnings("deprecation")
    public void buildsWhatTheOldConstructorBuilt() {
        Regelingsfeiten gebouwd = Regelingsfeiten.builder().maximum(Schaal.STRAAT, 75_000).maximum(Schaal.BUURT, 150_000)
                .aanvraagVooraf(Period.ofWeeks(6)).minimumleeftijdAanvrager(18).vereisteOndersteuners(4)
                .minimumleeftijdOndersteuners(12).beslistermijn(ACHT_WEKEN).build();
        assertEquals(new Regelingsfeiten(Map.of(Schaal.STRAAT, 75_000L, Schaal.BUURT, 150_000L), Period.ofWeeks(6), 18, 4, 12,
                ACHT_WEKEN), gebouwd);
    }

    @Test
    public void unsetMeansNoneExceptTheDecisionTermWhichIsRequired() {
        Regelingsfeiten kaal = Regelingsfeiten.builder().beslistermijn(ACHT_WEKEN).build();
        assertEquals(Map.of(), kaal.maximumInCenten());
        assertEquals(Period.ZERO, kaal.aanvraagVooraf());
        assertEquals(0, kaal.vereisteOndersteuners());
        NullPointerException fout = assertThrows(NullPointerException.class, () -> Regelingsfeiten.builder().build());
        assertTrue(fout.getMessage(), fout.getMessage().contains("art. 4:13 Awb"));
        assertThrows(IllegalArgumentException.class,
                () -> Regelingsfeiten.builder().vereisteOndersteuners(-1).beslistermijn(ACHT_WEKEN).build());
    }
}
