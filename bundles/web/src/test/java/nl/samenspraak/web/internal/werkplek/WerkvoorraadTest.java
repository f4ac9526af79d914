package nl.samenspraak.web.internal.werkplek;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Subsidiegegevens;
import nl.samenspraak.api.initiatief.Uitdaaggegevens;
import nl.samenspraak.api.werkplek.Toewijzing;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Uitdaagverzoek;

public class WerkvoorraadTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 2);
    private static final Instant EERDER = Instant.parse("2026-11-01T09:00:00Z");

    @Test
    public void theTermEndingFirstComesFirstWithItsDaysLeftAndOverdueMarked() {
        Werkvoorraad voorraad = Werkvoorraad.van(List.of(
                aanvraag("later", Status.AANGEVRAAGD, VANDAAG.plusDays(10), Optional.empty()),
                verzoek("te-laat", Status.INGEDIEND, VANDAAG.minusDays(3), Optional.empty()),
                aanvraag("vandaag", Status.AANGEVRAAGD, VANDAAG, Optional.of("WK022201")),
                verzoek("morgen", Status.INGEDIEND, VANDAAG.plusDays(1), Optional.empty())),
                Map.of(), Set.of(), VANDAAG);

        List<Werkvoorraad.Zaak> zaken = voorraad.zaken(Werkvoorraad.Filter.ALLES);
        assertEquals(List.of("te-laat", "vandaag", "morgen", "later"), zaken.stream().map(z -> z.initiatief().id()).toList());
        assertEquals(List.of(-3L, 0L, 1L, 10L), zaken.stream().map(Werkvoorraad.Zaak::dagenOver).toList());
        assertEquals(List.of("3 dagen te laat", "laatste dag vandaag", "nog 1 dag", "nog 10 dagen"),
                zaken.stream().map(Werkvoorraad.Zaak::dagen).toList());
        assertTrue(zaken.get(0).verlopen());
        assertFalse(zaken.get(1).verlopen());
        assertEquals(1, voorraad.verlopen());
    }

    @Test
    public void onlyWhatWaitsOnTheGemeente() {
        Werkvoorraad voorraad = Werkvoorraad.van(List.of(
                aanvraag("wacht-op-aanvrager", Status.AANVULLING_GEVRAAGD, VANDAAG.plusDays(5), Optional.empty()),
                aanvraag("verleend", Status.VERLEEND, VANDAAG.plusDays(5), Optional.empty()),
                verzoek("toegekend", Status.TOEGEKEND, VANDAAG.plusDays(5), Optional.empty()),
                aanvraag("open", Status.AANGEVRAAGD, VANDAAG.plusDays(5), Optional.empty())),
                Map.of(), Set.of("open"), VANDAAG);

        List<Werkvoorraad.Zaak> zaken = voorraad.zaken(Werkvoorraad.Filter.ALLES);
        assertEquals(List.of("open"), zaken.stream().map(z -> z.initiatief().id()).toList());
        assertEquals("Aanvulling ontvangen: subsidieaanvraag beslissen", zaken.get(0).taak());
    }

    @Test
    public void filtersByKindWijkAndPersonIncludingNobody() {
        Toewijzing anna = new Toewijzing("a", "anna", "bert", EERDER);
        Werkvoorraad voorraad = Werkvoorraad.van(List.of(
                aanvraag("a", Status.AANGEVRAAGD, VANDAAG.plusDays(1), Optional.of("WK022201")),
                aanvraag("b", Status.AANGEVRAAGD, VANDAAG.plusDays(2), Optional.of("WK022292")),
                verzoek("c", Status.INGEDIEND, VANDAAG.plusDays(3), Optional.of("WK022201"))),
                Map.of("a", anna), Set.of(), VANDAAG);

        assertEquals(List.of("a", "b"), ids(voorraad, new Werkvoorraad.Filter(Optional.of(Initiatiefsoort.BEWONERSINITIATIEF),
                Optional.empty(), Optional.empty())));
        assertEquals(List.of("a", "c"), ids(voorraad, new Werkvoorraad.Filter(Optional.empty(), Optional.of("WK022201"),
                Optional.empty())));
        assertEquals(List.of("a"), ids(voorraad, new Werkvoorraad.Filter(Optional.empty(), Optional.empty(), Optional.of("anna"))));
        assertEquals(List.of("b", "c"), ids(voorraad, new Werkvoorraad.Filter(Optional.empty(), Optional.empty(),
                Optional.of(Werkvoorraad.NIEMAND))));
        assertEquals(List.of("c"), ids(voorraad, new Werkvoorraad.Filter(Optional.of(Initiatiefsoort.UITDAAGRECHT),
                Optional.of("WK022201"), Optional.of(Werkvoorraad.NIEMAND))));
        assertEquals(Set.of("anna"), voorraad.behandelaars());
        assertEquals(Optional.of(anna), voorraad.zaken(Werkvoorraad.Filter.ALLES).get(0).toewijzing());
    }

    private static List<String> ids(Werkvoorraad voorraad, Werkvoorraad.Filter filter) {
        return voorraad.zaken(filter).stream().map(z -> z.initiatief().id()).toList();
    }

    private static Initiatief aanvraag(String id, Status status, LocalDate beslistTot, Optional<String> wijk) {
        Subsidieaanvraag aanvraag = new Subsidieaanvraag(VANDAAG.minusWeeks(8), VANDAAG.plusMonths(2), 500_00,
                Subsidieaanvraag.Schaal.STRAAT, wijk, 40, List.of(), Set.of());
        return new Initiatief(id, "GM0222", status, "Aanvraag " + id, "omschrijving", wijk, "inwoner-doetinchem", EERDER,
                Subsidiegegevens.aangevraagd("bewonersinitiatief", aanvraag, beslistTot));
    }

    private static Initiatief verzoek(String id, Status status, LocalDate beslistTot, Optional<String> wijk) {
        return new Initiatief(id, "GM0222", status, "Verzoek " + id, "omschrijving", wijk, "inwoner-doetinchem", EERDER,
                new Uitdaaggegevens(new Uitdaagverzoek(beslistTot.minusWeeks(8), "taak", false, 0, 5, Set.of()), beslistTot));
    }
}
