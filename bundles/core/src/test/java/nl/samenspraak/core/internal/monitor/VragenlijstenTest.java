package nl.samenspraak.core.internal.monitor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Participatieniveau;
import nl.samenspraak.api.initiatief.Participatierol;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.monitor.AlBeantwoordException;
import nl.samenspraak.api.monitor.Aanleiding;
import nl.samenspraak.api.monitor.GeenDeelnemerException;
import nl.samenspraak.api.monitor.Nogmaals;
import nl.samenspraak.api.monitor.Oordeel;
import nl.samenspraak.api.monitor.Reactieoverzicht;
import nl.samenspraak.api.monitor.Stelling;
import nl.samenspraak.api.monitor.Typering;
import nl.samenspraak.api.monitor.Vragenlijst;
import nl.samenspraak.api.monitor.VragenlijstNietGevondenException;
import nl.samenspraak.api.monitor.VragenlijstService.Invulling;
import nl.samenspraak.api.monitor.VragenlijstService.NieuweZelfevaluatie;
import nl.samenspraak.api.opslag.InitiatiefStore.NieuwInitiatief;
import nl.samenspraak.api.opslag.InitiatiefStore.Wijziging;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.api.wijkbudget.Stem;
import nl.samenspraak.core.internal.wijkbudget.Stemgeheim;
import nl.samenspraak.testsupport.Klok;
import nl.samenspraak.testsupport.NepBudgetten;
import nl.samenspraak.testsupport.NepGemeenten;
import nl.samenspraak.testsupport.NepInitiatiefStore;
import nl.samenspraak.testsupport.NepWijkbudgetStore;

/**
 * Questionnaires appear with their occasion, take one response per participant under a pseudonym that is neither
 * the name nor the receipt, refuse non-participants, and show figures from five responses on.
 */
public class VragenlijstenTest {

    private static final String GM = Testgegevens.DEN_HAAG.code();
    private static final Instant START = Testgegevens.op("2026-03-01");

    private final Klok klok = new Klok(LocalDate.of(2026, 3, 20));
    private final NepBudgetten budgetten = new NepBudgetten();
    private final NepInitiatiefStore initiatieven = new NepInitiatiefStore(budgetten);
    private final NepWijkbudgetStore rondes = new NepWijkbudgetStore(budgetten);
    private final NepReactieStore reacties = new NepReactieStore();
    private final Vragenlijsten vragenlijsten = new Vragenlijsten(initiatieven, rondes, reacties,
            new NepGemeenten(Testgegevens.DEN_HAAG), klok.kalender(),
            new Stemgeheim(null, Map.of("sleutel", Base64.getEncoder().encodeToString(new byte[32]))));

    private Initiatief traject(String... deelnemers) {
        Initiatief t = initiatieven.create(GM, new NieuwInitiatief("Herinrichting plein", "Het plein", Optional.empty(),
                Testgegevens.traject(Participatieniveau.ADVISEREN)), "projectleider", START);
        for (String d : deelnemers) {
            initiatieven.voegDeelnameToe(GM, t.id(), new Deelname(d, Participatierol.DEELNEMER, "projectleider", START));
        }
        return t;
    }

    private void naarUitvoering(Initiatief t) {
        initiatieven.wijzig(GM, t.id(), new Wijziging(Status.VOORBEREIDING, Status.UITVOERING, t.gegevens(), "projectleider",
                Testgegevens.op("2026-03-15"), "Voorbereiding klaar", Optional.empty(), List.of()));
    }

    @Test
    public void eenVragenlijstBestaatZodraDeFaseIsAfgerond() {
        Initiatief t = traject("anna");
        assertEquals(List.of(), vragenlijsten.vragenlijsten(GM, t.id()));
        assertThrows(VragenlijstNietGevondenException.class, () -> vragenlijsten.vragenlijst(GM, t.id() + ".voorbereiding"));

        naarUitvoering(t);

        Vragenlijst v = vragenlijsten.vragenlijst(GM, t.id() + ".voorbereiding");
        assertEquals(Aanleiding.FASE_AFGEROND, v.aanleiding());
        assertEquals(Optional.of("voorbereiding"), v.fase());
        assertEquals(List.of(v), vragenlijsten.openVoor(GM, "anna"));
        assertEquals(List.of(v), vragenlijsten.openVoor(GM, "anna", t.id()));
        assertEquals(List.of(), vragenlijsten.openVoor(GM, "projectleider"));
        assertEquals(List.of(), vragenlijsten.openVoor(GM, "projectleider", t.id()));
        assertEquals(List.of(), vragenlijsten.openVoor(GM, "anna", "onbekend"));
    }

    @Test
    public void eenUitnodigingNoemtDeDeelnemersVanWatInHetVensterGebeurde() {
        Initiatief t = traject("anna", "bert");
        var ronde = Testgegevens.ronde("R1", Testgegevens.SPOORWIJK, "2026-01-15",
                Optional.of(Testgegevens.uitslag(List.of(), Bedrag.centen(0), 1, 0)), List.of()).ronde();
        rondes.rondes.put(ronde.id(), ronde);
        naarUitvoering(t); // on 2026-03-15
        Instant uitslag = ronde.uitslag().orElseThrow().vastgesteldOp();

        var uitnodigingen = vragenlijsten.uitnodigingen(GM, Instant.EPOCH, Testgegevens.op("2026-12-31"));

        assertEquals(List.of(t.id() + ".voorbereiding", "R1.uitslag"), uitnodigingen.stream().map(u -> u.vragenlijst().id()).toList());
        // the project leader is the gemeente's side: asked for a self-evaluation, not invited
        assertEquals(Set.of("anna", "bert"), uitnodigingen.get(0).genodigden());
        assertEquals("/gemeenten/" + GM + "/vragenlijsten/" + t.id() + ".voorbereiding", uitnodigingen.get(0).pad());
        // voters answer with their receipt: nobody is invited by name
        assertEquals(Set.of(), uitnodigingen.get(1).genodigden());
        // the window includes its start and excludes its end
        Instant fase = uitnodigingen.get(0).vragenlijst().sinds();
        assertEquals(List.of(t.id() + ".voorbereiding"), vragenlijsten.uitnodigingen(GM, fase, uitslag).stream()
                .map(u -> u.vragenlijst().id()).toList());
        assertEquals(List.of("R1.uitslag"), vragenlijsten.uitnodigingen(GM, fase.plusMillis(1), uitslag.plusMillis(1)).stream()
                .map(u -> u.vragenlijst().id()).toList());
    }

    @Test
    public void eenDeelnemerAntwoordtEenKeerOnderEenSchuilnaam() {
        Initiatief t = traject("anna");
        naarUitvoering(t);
        String id = t.id() + ".voorbereiding";

        vragenlijsten.beantwoord(GM, id, invulling(Oordeel.EENS, 8), "anna");

        assertThrows(AlBeantwoordException.class, () -> vragenlijsten.beantwoord(GM, id, invulling(Oordeel.ONEENS, 2), "anna"));
        assertEquals(1, reacties.rijen.size());
        assertTrue(vragenlijsten.heeftGeantwoord(GM, id, "anna"));
        assertEquals(List.of(), vragenlijsten.openVoor(GM, "anna"));
        assertEquals(List.of(), vragenlijsten.openVoor(GM, "anna", t.id()));
        String token = reacties.tokens.get(0);
        assertTrue(token.matches("[0-9a-f]{64}"));
        assertFalse(token.contains("anna"));
        assertEquals(LocalDate.of(2026, 3, 20), reacties.reacties(GM).get(0).ingevuldOp());
    }

    @Test
    public void wieNietMeedeedKanNietAntwoorden() {
        Initiatief t = traject("anna");
        naarUitvoering(t);
        String id = t.id() + ".voorbereiding";

        assertThrows(GeenDeelnemerException.class, () -> vragenlijsten.beantwoord(GM, id, invulling(Oordeel.EENS, 8), "bert"));
        // the civil servant who runs it gives a self-evaluation, not a response
        assertThrows(GeenDeelnemerException.class, () -> vragenlijsten.beantwoord(GM, id, invulling(Oordeel.EENS, 8), "projectleider"));
        assertEquals(0, reacties.rijen.size());
    }

    @Test
    public void onvolledigeAntwoordenNoemenElkVeld() {
        Initiatief t = traject("anna");
        naarUitvoering(t);
        Map<Stelling, Oordeel> zeven = alle(Oordeel.EENS);
        zeven.remove(Stelling.VERLOOP);

        OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> vragenlijsten.beantwoord(GM,
                t.id() + ".voorbereiding", new Invulling(zeven, 11, null, null, "", "x".repeat(2001)), "anna"));

        assertEquals(List.of("stellingen.verloop", "cijferProces", "cijferResultaat", "nogmaals", "beter"),
                e.overtredingen().stream().map(Overtreding::veld).toList());
        assertEquals(0, reacties.rijen.size());
    }

    @Test
    public void eenKiezerAntwoordtMetHetOntvangstbewijsDatNietsAanDeStemKoppelt() {
        var ronde = Testgegevens.ronde("R1", Testgegevens.SPOORWIJK, "2026-01-15",
                Optional.of(Testgegevens.uitslag(List.of(), Bedrag.centen(0), 1, 0)), List.of()).ronde();
        rondes.rondes.put(ronde.id(), ronde);
        String bewijs = "ab".repeat(32);
        rondes.stemmen.put("R1", new java.util.ArrayList<>(List.of(new Stem(bewijs, List.of(), Map.of(), false, START))));
        String id = "R1.uitslag";

        assertThrows(GeenDeelnemerException.class, () -> vragenlijsten.beantwoordMetOntvangstbewijs(GM, id,
                invulling(Oordeel.EENS, 7), "cd".repeat(32)));
        assertThrows(GeenDeelnemerException.class, () -> vragenlijsten.beantwoord(GM, id, invulling(Oordeel.EENS, 7), "anna"));
        vragenlijsten.beantwoordMetOntvangstbewijs(GM, id, invulling(Oordeel.EENS, 7), " " + bewijs.toUpperCase() + " ");
        assertThrows(AlBeantwoordException.class, () -> vragenlijsten.beantwoordMetOntvangstbewijs(GM, id,
                invulling(Oordeel.EENS, 7), bewijs));

        assertEquals(1, reacties.tokens.size());
        assertFalse(reacties.tokens.get(0).equals(bewijs));
    }

    @Test
    public void hetOverzichtToontCijfersVanafVijfReacties() {
        String[] namen = { "a", "b", "c", "d", "e" };
        Initiatief t = traject(namen);
        naarUitvoering(t);
        vragenlijsten.evalueer(GM, t.id(), new NieuweZelfevaluatie(alle(Oordeel.HELEMAAL_EENS),
                Typering.Participatiesoort.BURGERPARTICIPATIE, Participatieniveau.ADVISEREN, Typering.Schaal.BUURT, 8,
                Typering.Beslisser.COLLEGE), "projectleider");
        for (int i = 0; i < 4; i++) {
            vragenlijsten.beantwoord(GM, t.id() + ".voorbereiding", invulling(Oordeel.EENS, 6 + i), namen[i]);
        }

        Reactieoverzicht weinig = vragenlijsten.overzicht(GM, t.id());
        assertEquals(4, weinig.reacties());
        assertFalse(weinig.genoegReacties());
        assertEquals(Optional.empty(), weinig.cijferProces());
        assertEquals(Map.of(), weinig.stellingen().get(0).verdeling());
        assertEquals(List.of(), weinig.goed());
        assertEquals(Optional.of(Oordeel.HELEMAAL_EENS), weinig.stellingen().get(0).eigenOordeel());

        vragenlijsten.beantwoord(GM, t.id() + ".voorbereiding", invulling(Oordeel.ONEENS, 10), "e");

        Reactieoverzicht genoeg = vragenlijsten.overzicht(GM, t.id());
        assertTrue(genoeg.genoegReacties());
        // 6 7 8 9 10
        assertEquals("8.0", genoeg.cijferProces().orElseThrow().toPlainString());
        // four times eens (4), once oneens (2): 3.60, against the project leader's 5
        assertEquals("3.60", genoeg.stellingen().get(0).gemiddelde().orElseThrow().toPlainString());
        assertEquals("-1.40", genoeg.stellingen().get(0).verschil().orElseThrow().toPlainString());
        assertEquals(4L, genoeg.stellingen().get(0).aantal(Oordeel.EENS));
        assertEquals(5, genoeg.goed().size());
    }

    @Test
    public void eenZelfevaluatieNoemtElkOntbrekendVeld() {
        Initiatief t = traject();
        OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> vragenlijsten.evalueer(GM, t.id(),
                new NieuweZelfevaluatie(Map.of(), null, Participatieniveau.ADVISEREN, Typering.Schaal.BUURT, 0, null), "pl"));
        assertEquals(Set.of("stellingen.kader", "soort", "beslisser", "duurInWeken"),
                Set.copyOf(e.overtredingen().stream().map(Overtreding::veld).filter(v -> !v.startsWith("stellingen.")
                        || v.equals("stellingen.kader")).toList()));
    }

    private static Invulling invulling(Oordeel oordeel, int cijfer) {
        return new Invulling(alle(oordeel), cijfer, 7, Nogmaals.JA, "Goed georganiseerd", "");
    }

    private static Map<Stelling, Oordeel> alle(Oordeel oordeel) {
        Map<Stelling, Oordeel> oordelen = new EnumMap<>(Stelling.class);
        for (Stelling s : Stelling.values()) {
            oordelen.put(s, oordeel);
        }
        return oordelen;
    }
}
