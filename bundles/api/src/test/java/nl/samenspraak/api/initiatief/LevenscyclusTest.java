package nl.samenspraak.api.initiatief;

import static nl.samenspraak.api.initiatief.Initiatiefsoort.*;
import static nl.samenspraak.api.initiatief.Status.*;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

import nl.samenspraak.rules.Subsidieaanvraag;

public class LevenscyclusTest {

    @Test
    public void aBewonersinitiatiefGoesFromAanvraagToVaststelling() {
        List<Status> pad = List.of(AANGEVRAAGD, AANVULLING_GEVRAAGD, AANGEVRAAGD, VERLEEND, VERANTWOORD, VASTGESTELD);
        assertEquals(AANGEVRAAGD, Levenscyclus.begin(BEWONERSINITIATIEF));
        for (int i = 1; i < pad.size(); i++) {
            Levenscyclus.controleer(BEWONERSINITIATIEF, pad.get(i - 1), pad.get(i));
        }
        assertTrue(Levenscyclus.isEindtoestand(BEWONERSINITIATIEF, VASTGESTELD));
        assertTrue(Levenscyclus.isEindtoestand(BEWONERSINITIATIEF, AFGEWEZEN));
    }

    @Test
    public void noStepIsSkippedOrTakenBack() {
        OvergangNietToegestaanException e = assertThrows(OvergangNietToegestaanException.class,
                () -> Levenscyclus.controleer(BEWONERSINITIATIEF, AANGEVRAAGD, VASTGESTELD));
        assertTrue(e.getMessage(), e.getMessage().contains("toegestaan: aanvulling_gevraagd, afgewezen, verleend"));
        assertThrows(OvergangNietToegestaanException.class, () -> Levenscyclus.controleer(BEWONERSINITIATIEF, VERLEEND, AANGEVRAAGD));
        assertThrows(OvergangNietToegestaanException.class, () -> Levenscyclus.controleer(BEWONERSINITIATIEF, AFGEWEZEN, VERLEEND));
        assertThrows(OvergangNietToegestaanException.class, () -> Levenscyclus.controleer(PARTICIPATIETRAJECT, VOORBEREIDING, EVALUATIE));
        assertThrows(OvergangNietToegestaanException.class, () -> Levenscyclus.controleer(INSPRAAK, REACTIENOTA_VASTGESTELD, TER_INZAGE));
    }

    @Test
    public void everyKindHasItsOwnStates() {
        assertEquals(EnumSet.of(VOORBEREIDING, UITVOERING, EVALUATIE, AFGESLOTEN), Levenscyclus.toestanden(PARTICIPATIETRAJECT));
        assertEquals(EnumSet.of(INGEDIEND, AANVULLING_GEVRAAGD, TOEGEKEND, AFGEWEZEN), Levenscyclus.toestanden(UITDAAGRECHT));
        assertEquals(Set.of(TER_INZAGE, REACTIENOTA_VASTGESTELD), Levenscyclus.toestanden(INSPRAAK));
        assertFalse(Levenscyclus.toestanden(BEWONERSINITIATIEF).contains(TOEGEKEND));
        for (Initiatiefsoort soort : Initiatiefsoort.values()) {
            assertTrue(Levenscyclus.toestanden(soort).contains(Levenscyclus.begin(soort)));
        }
    }

    @Test
    public void theDecisionClockStandsStillWhileAanvullingIsAsked() {
        Subsidieaanvraag aanvraag = new Subsidieaanvraag(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 1), 50_000,
                Subsidieaanvraag.Schaal.STRAAT, Optional.empty(), 30, List.of(), Set.of());
        Subsidiegegevens gegevens = Subsidiegegevens.aangevraagd("bewonersinitiatief", aanvraag, LocalDate.of(2025, 4, 25));
        Subsidiegegevens aangevuld = gegevens.opgeschort(LocalDate.of(2025, 3, 10)).aangevuld(aanvraag, LocalDate.of(2025, 3, 24));
        assertEquals("14 days waiting move the term by 14 days", LocalDate.of(2025, 5, 9), aangevuld.beslistTot());
        assertEquals(Optional.empty(), aangevuld.opgeschortSinds());
        assertEquals("without a stop nothing moves", gegevens.beslistTot(), gegevens.aangevuld(aanvraag, LocalDate.of(2025, 4, 1)).beslistTot());
    }
}
