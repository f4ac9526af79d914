package nl.samenspraak.web.internal.monitor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

import nl.samenspraak.api.monitor.Eenheid;
import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Periode;
import nl.samenspraak.api.monitor.Waarde;

/** The bars are as long as their figures on the unit's scale, start at the zero line, and say why one is missing. */
public class StaafdiagramTest {

    private final Getallen getallen = new Getallen();

    /** The scale runs from x = 230 to x = 530 (300 units). */
    @Test
    public void eenAandeelOpEenSchaalTotHonderdProcent() {
        Staafdiagram g = Staafdiagram.van(indicator("besluiten.binnen_termijn", Waarde.aantal("besluiten", "Besluiten", 3),
                Waarde.van("aandeel", "Aandeel", new BigDecimal("50.0"), Eenheid.PROCENT)), getallen);

        assertEquals(1, g.staven().size()); // the count is in the table only
        Staafdiagram.Staaf staaf = g.staven().get(0);
        assertEquals(230.0, g.nulX(), 0.001);
        assertEquals(230.0, staaf.x(), 0.001);
        assertEquals(150.0, staaf.breedte(), 0.001);
        assertEquals("50,0\u00a0%", staaf.tekst());
    }

    @Test
    public void aantallenOpDeHoogsteWaarde() {
        Staafdiagram g = Staafdiagram.van(indicator("trajecten.per_niveau", Waarde.aantal("a", "Adviseren", 4),
                Waarde.aantal("b", "Meebeslissen", 1), Waarde.aantal("c", "Informeren", 0)), getallen);

        assertEquals(List.of(300.0, 75.0, 0.0), g.staven().stream().map(Staafdiagram.Staaf::breedte).toList());
        assertEquals(List.of(0.0, 28.0, 56.0), g.staven().stream().map(Staafdiagram.Staaf::y).toList());
        assertEquals(84, g.hoogte());
    }

    @Test
    public void eenNegatiefVerschilLooptLinksVanDeNullijn() {
        Staafdiagram g = Staafdiagram.van(indicator("zelfevaluatie.verschil",
                Waarde.van("kader", "Kader", new BigDecimal("-1.00"), Eenheid.SCORE),
                Waarde.van("verloop", "Verloop", new BigDecimal("0.50"), Eenheid.SCORE)), getallen);

        // from -1 to 1: zero in the middle
        assertEquals(380.0, g.nulX(), 0.001);
        assertEquals(230.0, g.staven().get(0).x(), 0.001);
        assertEquals(150.0, g.staven().get(0).breedte(), 0.001);
        assertEquals(380.0, g.staven().get(1).x(), 0.001);
        assertEquals(75.0, g.staven().get(1).breedte(), 0.001);
        assertEquals("-1,00", g.staven().get(0).tekst());
        assertEquals("+0,50", g.staven().get(1).tekst());
    }

    @Test
    public void zonderGetalGeenStaafMaarDeReden() {
        Staafdiagram g = Staafdiagram.van(indicator("reacties.rapportcijfer", Waarde.leeg("proces", "Proces", Eenheid.CIJFER)), getallen);

        assertTrue(g.staven().get(0).leeg());
        assertFalse(g.heeftGetallen());
        assertEquals("te weinig reacties", g.staven().get(0).tekst());
        assertEquals("geen gegevens", getallen.tekst(indicator("besluiten.doorlooptijd"),
                Waarde.leeg("mediaan", "Mediaan", Eenheid.DAGEN)));
    }

    @Test
    public void langeLabelsWordenIngekortDeTabelHeeftZeVolledig() {
        assertEquals("Het was vooraf duidelijk waarover…",
                Staafdiagram.kort("Het was vooraf duidelijk waarover ik kon meepraten en waarover niet."));
        assertEquals("€\u00a012.345,60", getallen.tekst(indicator("wijkbudget.toegewezen"),
                Waarde.van("r", "Ronde", new BigDecimal("12345.6"), Eenheid.EURO)));
    }

    private static Indicator indicator(String sleutel, Waarde... waarden) {
        return new Indicator(sleutel, "Label", List.of(waarden), Periode.ALTIJD, "Zo.");
    }
}
