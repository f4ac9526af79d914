package nl.samenspraak.gemeente.model.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Beoordeling.Uitkomst;
import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Inspraakrecht;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.rules.Uitdaagverzoek;
import nl.samenspraak.rules.Uitdaagverzoek.Onderbouwing;

public class ModelRegelsTest {

    private final ModelVerordening verordening = new ModelVerordening();
    private final ModelBewonersinitiatief regeling = new ModelBewonersinitiatief();

    @Test
    public void awbTermsAndExclusions() {
        assertEquals(Period.ofWeeks(6), verordening.zienswijzetermijn(Besluitsoort.BELEIDSNOTA).duur());
        assertEquals("art. 3:16 lid 1 Awb", verordening.zienswijzetermijn(Besluitsoort.OMGEVINGSPLAN).grondslag().artikel());
        // art. 3:16 lid 2 Awb: the term starts on the day the draft is laid ter inzage, so day 42 is the last
        assertEquals(LocalDate.of(2025, 3, 10), verordening.zienswijzetermijn(Besluitsoort.OVERIG).laatsteDag(LocalDate.of(2025, 1, 28)));
        assertEquals(Period.ofWeeks(8), verordening.uitdaagrechtBeslistermijn().duur());
        assertTrue(verordening.uitgesloten(Onderwerp.BELASTINGEN).isPresent());
        assertTrue(verordening.uitgesloten(Onderwerp.BEGROTING).isPresent());
        assertEquals(Optional.empty(), verordening.uitgesloten(Onderwerp.OVERIG));
        Inspraakrecht recht = verordening.inspraakrecht(Besluitsoort.BELEIDSNOTA);
        assertTrue(recht.staatToe(new Inspraakrecht.Indiener(false, true, 30)));
        assertTrue(!recht.staatToe(new Inspraakrecht.Indiener(false, false, 30)));
    }

    @Test
    public void uitdaagrechtNamesEveryMissingCondition() {
        Beoordeling zonderOnderbouwing = verordening.beoordeelUitdaagrecht(
                new Uitdaagverzoek(LocalDate.of(2025, 5, 1), "onderhoud buurttuin", true, 1_000_000, 30, Set.of()));
        assertEquals(Uitkomst.AFGEWEZEN, zonderOnderbouwing.uitkomst());
        assertEquals(Onderbouwing.values().length, zonderOnderbouwing.redenen().size());

        Beoordeling zonderBudget = verordening.beoordeelUitdaagrecht(new Uitdaagverzoek(LocalDate.of(2025, 5, 1),
                "onderhoud buurttuin", false, 0, 30, Set.of(Onderbouwing.MAATSCHAPPELIJKE_MEERWAARDE,
                        Onderbouwing.DRAAGVLAK_IN_BUURT, Onderbouwing.DESKUNDIGHEID_EN_CONTINUITEIT,
                        Onderbouwing.BEGROTING_EN_FINANCIERING)));
        assertEquals(Uitkomst.TOEGEKEND, zonderBudget.uitkomst());
    }

    @Test
    public void grantsAnOpenActivityUpToTheMaximum() {
        Beoordeling b = regeling.beoordeel(aanvraag(500_000, Set.of(Kenmerk.OPENBAAR_TOEGANKELIJK), 30));
        assertEquals(Uitkomst.TOEGEKEND, b.uitkomst());
        assertEquals(500_000, b.bedragInCenten());
    }

    @Test
    public void refusalListsEveryUnmetConditionWithItsArticle() {
        Beoordeling b = regeling.beoordeel(aanvraag(500_001, Set.of(Kenmerk.POLITIEK), 17));
        assertEquals(Uitkomst.AFGEWEZEN, b.uitkomst());
        List<String> artikelen = b.redenen().stream().map(Reden::artikel).toList();
        assertEquals(4, artikelen.size()); // maximum, age, not public, political
        assertTrue(artikelen.stream().allMatch(a -> a.startsWith("Modelregeling bewonersinitiatieven")));
    }

    private static Subsidieaanvraag aanvraag(long centen, Set<Kenmerk> kenmerken, int leeftijd) {
        return new Subsidieaanvraag(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 1), centen, Schaal.BUURT,
                Optional.empty(), leeftijd, List.of(), kenmerken);
    }
}
