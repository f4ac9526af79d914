package nl.samenspraak.rules.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.time.Period;

import org.junit.Test;

import nl.samenspraak.rules.testkit.ProefRegeling.Fout;

/** The kit checks a bundle against the gemeente's published facts, and says what differs in plain words. */
public class FeitenTest {

    private final Feiten feiten = Feiten.uit(FeitenTest.class, "feiten.properties");

    @Test
    public void aBundleThatPublishesTheFactsPasses() {
        feiten.controleer(new ProefRegeling());
        feiten.controleer(new ProefVerordening());
    }

    /** Consistent is not correct: four weeks published and enforced passes the contract, not the facts. */
    @Test
    public void aWrongTermPublishedAndCheckedConsistentlyIsCaughtAgainstTheFacts() {
        ProefRegeling vierWeken = new ProefRegeling(Fout.VIER_WEKEN_VOORAF);
        Contract.subsidieregeling(vierWeken);

        AssertionError fout = assertThrows(AssertionError.class, () -> feiten.controleer(vierWeken));
        assertEquals("ProefRegeling (Proefregeling) wijkt af van de gepubliceerde feiten in feiten.properties:\n"
                + "  * regeling.proef.aanvraag-vooraf: de regels publiceren 4 weken, de feiten zeggen 6 weken", fout.getMessage());
    }

    @Test
    public void aZienswijzeTermOfFourWeeksInsteadOfSixIsCaught() {
        AssertionError fout = assertThrows(AssertionError.class,
                () -> feiten.controleer(new ProefVerordening(ProefVerordening.Fout.VIER_WEKEN_ZIENSWIJZE)));
        assertTrue(fout.getMessage(), fout.getMessage().contains("verordening.zienswijzetermijn voor beleidsnota: de regels "
                + "publiceren 4 weken (art. 3:16 lid 1 Awb), de feiten zeggen 6 weken"));

        AssertionError termijn = assertThrows(AssertionError.class, () -> Regelstoets
                .verordening(new ProefVerordening(ProefVerordening.Fout.VIER_WEKEN_ZIENSWIJZE))
                .zienswijzetermijn(nl.samenspraak.rules.Besluitsoort.OMGEVINGSPLAN).weken(6));
        assertTrue(termijn.getMessage(), termijn.getMessage().contains("verwacht 6 weken, maar de termijn was 4 weken"));
    }

    @Test
    public void aTextThatIsNoArticleIsCaught() {
        AssertionError fout = assertThrows(AssertionError.class,
                () -> Contract.verordening(new ProefVerordening(ProefVerordening.Fout.GEEN_ARTIKEL_MAAR_TEKST)));
        assertTrue(fout.getMessage(), fout.getMessage().contains("'commercieel' is geen verwijzing naar een artikel"));
    }

    @Test
    public void articlesLookLikeArticles() {
        for (String artikel : new String[] { "art. 4 lid 2", "artikel 3:16 Awb", "art. 4:13 Awb", "Art. 12a Verordening",
                "§ 3 Beleidsregel", "Model participatieverordening (VNG), inspraak" }) {
            assertTrue(artikel, Artikel.lijktOpArtikel(artikel));
        }
        for (String geen : new String[] { "commercieel", "", "zie website", "art." }) {
            assertTrue(geen, !Artikel.lijktOpArtikel(geen));
        }
    }

    @Test
    public void everyDifferenceIsNamedAtOnce() throws Exception {
        Feiten anders = Feiten.uit(new StringReader("""
                regeling.proef.geldig-vanaf = 2024-01-01
                regeling.proef.maximum.buurt = 1500
                regeling.proef.ondersteuners = 5
                regeling.proef.beslistermijn = 6 weken
                """), "anders");
        AssertionError fout = assertThrows(AssertionError.class, () -> anders.controleer(new ProefRegeling()));
        assertEquals("ProefRegeling (Proefregeling) wijkt af van de gepubliceerde feiten in anders:\n"
                + "  * regeling.proef.geldig-vanaf: de regels publiceren 2025-01-01, de feiten zeggen 2024-01-01\n"
                + "  * regeling.proef.maximum.buurt: de regels publiceren EUR 1000,00, de feiten zeggen EUR 1500,00\n"
                + "  * regeling.proef.ondersteuners: de regels publiceren 4, de feiten zeggen 5\n"
                + "  * regeling.proef.beslistermijn: de regels publiceren 8 weken (art. 4:13 Awb), de feiten zeggen 6 weken",
                fout.getMessage());
    }

    @Test
    public void excludedSubjectsAreCheckedBothWays() throws Exception {
        Feiten anders = Feiten.uit(new StringReader("verordening.uitgesloten = begroting\n"), "anders");
        AssertionError fout = assertThrows(AssertionError.class, () -> anders.controleer(new ProefVerordening()));
        assertTrue(fout.getMessage(), fout.getMessage().contains("begroting is volgens de feiten uitgesloten van inspraak"));
        assertTrue(fout.getMessage(), fout.getMessage().contains("de verordening sluit belastingen uit (art. 3 Proefverordening), "
                + "de feiten niet"));
    }

    @Test
    public void aTypoInTheFactsFileFailsInsteadOfCheckingNothing() {
        IllegalArgumentException fout = assertThrows(IllegalArgumentException.class,
                () -> Feiten.uit(new StringReader("regeling.proef.maximun.buurt = 1500\n"), "typo"));
        assertTrue(fout.getMessage(), fout.getMessage().startsWith("typo: onbekende feiten [regeling.proef.maximun.buurt]"));
    }

    @Test
    public void durationsArePrintedInWeeks() {
        assertEquals("6 weken", Beschrijving.duur(Period.ofDays(42)));
        assertEquals("1 week", Beschrijving.duur(Period.ofWeeks(1)));
        assertEquals("10 dagen", Beschrijving.duur(Period.ofDays(10)));
        assertEquals("1 maand", Beschrijving.duur(Period.ofMonths(1)));
        assertEquals("6 weken", Feiten.duur("42 dagen"));
    }

    @Test
    public void failingCasesAreNamedReadably() {
        String naam = Beschrijving.van(Regelstoets.aanvraag().euro(750).bouw());
        assertTrue(naam, naam.startsWith("aanvraag van EUR 750,00 (buurt), ingediend 2025-03-03 voor een activiteit op"));
        assertTrue(naam, !naam.contains("Subsidieaanvraag["));
    }
}
