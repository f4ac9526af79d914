package nl.samenspraak.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.After;
import org.junit.Test;

import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Inspraakgegevens;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Uitdaaggegevens;
import nl.samenspraak.api.initiatief.Zienswijze;
import nl.samenspraak.api.opslag.InitiatiefStore.Wijziging;
import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Inspraakrecht;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Termijn;
import nl.samenspraak.api.mail.Bericht;
import nl.samenspraak.api.mail.Berichtstatus;
import nl.samenspraak.api.mail.Mailsoort;
import nl.samenspraak.api.mail.NieuwBericht;
import nl.samenspraak.api.opslag.InitiatiefStore.NieuwInitiatief;
import nl.samenspraak.rules.Uitdaagverzoek;

/**
 * The outbox on a real (in-memory Derby) database migrated by the shipped changelog: the mail of an event commits
 * and rolls back with the event, a message is claimed by one node only, a failed one waits for its next attempt,
 * and a claim left by a node that died is taken over once its lease ran out.
 */
public class JpaOutboxTest {

    private static final String GEMEENTE = "GM0518";
    private static final Instant NU = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final ResourceLocalJpa database = new ResourceLocalJpa();
    private final JpaOutbox outbox = new JpaOutbox(database);
    private final JpaInitiatiefStore initiatieven = new JpaInitiatiefStore(database);

    @After
    public void sluit() {
        database.close();
    }

    @Test
    public void aRightToChallengeRequestPutsTheReceiptAndTheCivilServantsMailInTheOutbox() {
        var verzoek = initiatieven.create(GEMEENTE, uitdaagverzoek(), "inwoner-denhaag", NU);

        List<Bericht> berichten = outbox.lijst(Optional.empty(), 10);
        assertEquals(2, berichten.size());
        Bericht ontvangen = berichten.stream().filter(b -> b.soort() == Mailsoort.AANVRAAG_ONTVANGEN).findFirst().orElseThrow();
        assertEquals(Optional.of("inwoner-denhaag"), ontvangen.gebruiker());
        assertEquals(verzoek.id(), ontvangen.gegevens().get("referentie"));
        assertEquals("Groenonderhoud Spoorwijk", ontvangen.gegevens().get("titel"));
        Bericht ambtenaren = berichten.stream().filter(b -> b.soort() == Mailsoort.UITDAAGVERZOEK_ONTVANGEN).findFirst().orElseThrow();
        assertEquals(Optional.empty(), ambtenaren.gebruiker());
        assertEquals(Optional.empty(), ambtenaren.adres());
        assertEquals(Berichtstatus.WACHTEND, ambtenaren.status());
    }

    @Test
    public void theReactienotaIsMailedToWhoeverSubmittedAZienswijzeOnlineAndNobodyForAPaperOne() {
        LocalDate vandaag = Meldingen.dag(NU);
        Inspraakgegevens gegevens = new Inspraakgegevens(Besluitsoort.BELEIDSNOTA, Onderwerp.OVERIG, vandaag.minusWeeks(7),
                Termijn.weken(6, "art. 3:16 lid 1 Awb", "zes weken"), vandaag.minusWeeks(1),
                new Inspraakrecht(Inspraakrecht.Kring.INGEZETENEN, 0, new Reden("art. 2", "ingezetenen")), vandaag.plusWeeks(5),
                Optional.empty());
        Initiatief inspraak = initiatieven.create(GEMEENTE, new NieuwInitiatief("Ontwerp groenbeleid", "Ontwerpnota",
                Optional.empty(), gegevens), "ambtenaar-denhaag", NU);
        Zienswijze online = initiatieven.voegZienswijzeToe(GEMEENTE, inspraak.id(), "inwoner-denhaag", vandaag, "Meer bomen", NU);
        Zienswijze papier = initiatieven.voegZienswijzeToe(GEMEENTE, inspraak.id(), "ambtenaar-denhaag", vandaag.minusDays(3),
                "Per brief: meer bankjes", NU);
        initiatieven.stelReactienotaVast(GEMEENTE, inspraak.id(), new Wijziging(Status.TER_INZAGE, Status.REACTIENOTA_VASTGESTELD,
                gegevens.metReactienota("Wij danken de indieners"), "ambtenaar-denhaag", NU.plusSeconds(60), "Reactienota vastgesteld",
                Optional.empty(), List.of()), Map.of(online.id(), "Er komen bomen", papier.id(), "Er komen bankjes"));

        List<String> berichten = outbox.lijst(Optional.empty(), 10).stream()
                .map(b -> b.soort().naam() + " aan " + b.gebruiker().orElse("ambtenaren")).sorted().toList();
        assertEquals("the questionnaire goes to the online submitter, not to the civil servant who leads the inspraak",
                List.of("reactienota_gepubliceerd aan inwoner-denhaag", "vragenlijst_uitnodiging aan inwoner-denhaag",
                        "zienswijze_ontvangen aan inwoner-denhaag"), berichten);
        Bericht uitnodiging = outbox.lijst(Optional.empty(), 10).stream().filter(b -> b.soort() == Mailsoort.VRAGENLIJST_UITNODIGING)
                .findFirst().orElseThrow();
        assertEquals("/gemeenten/GM0518/vragenlijsten/" + inspraak.id() + ".reactienota", uitnodiging.gegevens().get("pad"));
        assertEquals("inspraak_gesloten", uitnodiging.gegevens().get("aanleiding"));
    }

    @Test
    public void theFirstBesluitOnARequestInvitesItsParticipantsToTheQuestionnaireAndALaterOneDoesNot() {
        Initiatief verzoek = initiatieven.create(GEMEENTE, uitdaagverzoek(), "inwoner-denhaag", NU);
        initiatieven.voegDeelnameToe(GEMEENTE, verzoek.id(), new nl.samenspraak.api.initiatief.Deelname("buurman",
                nl.samenspraak.api.initiatief.Participatierol.DEELNEMER, "inwoner-denhaag", NU));
        initiatieven.voegDeelnameToe(GEMEENTE, verzoek.id(), new nl.samenspraak.api.initiatief.Deelname("ambtenaar-denhaag",
                nl.samenspraak.api.initiatief.Participatierol.PROCESBEGELEIDER, "ambtenaar-denhaag", NU));
        initiatieven.wijzig(GEMEENTE, verzoek.id(), besluit(verzoek, Status.INGEDIEND, Status.AANVULLING_GEVRAAGD,
                nl.samenspraak.rules.Beoordeling.Uitkomst.AANVULLING_NODIG, 60));
        initiatieven.wijzig(GEMEENTE, verzoek.id(), new Wijziging(Status.AANVULLING_GEVRAAGD, Status.INGEDIEND, verzoek.gegevens(),
                "inwoner-denhaag", NU.plusSeconds(120), "Aangevuld", Optional.empty(), List.of()));
        initiatieven.wijzig(GEMEENTE, verzoek.id(), besluit(verzoek, Status.INGEDIEND, Status.TOEGEKEND,
                nl.samenspraak.rules.Beoordeling.Uitkomst.TOEGEKEND, 180));

        List<Bericht> uitnodigingen = outbox.lijst(Optional.empty(), 20).stream()
                .filter(b -> b.soort() == Mailsoort.VRAGENLIJST_UITNODIGING).toList();
        assertEquals("the applicant and the neighbour, once; not the procesbegeleider", List.of("buurman", "inwoner-denhaag"),
                uitnodigingen.stream().map(b -> b.gebruiker().orElseThrow()).sorted().toList());
        assertEquals(verzoek.id() + ".besluit", uitnodigingen.get(0).onderwerp());
        assertEquals("/gemeenten/GM0518/vragenlijsten/" + verzoek.id() + ".besluit", uitnodigingen.get(0).gegevens().get("pad"));
    }

    @Test
    public void theEndOfATrajectPhaseInvitesItsParticipantsButNotItsProjectLeader() {
        Initiatief traject = initiatieven.create(GEMEENTE, new NieuwInitiatief("Groen in Moerwijk", "Samen het groen plannen",
                Optional.empty(), new nl.samenspraak.api.initiatief.Trajectgegevens(nl.samenspraak.api.initiatief.Participatieniveau.values()[0],
                        "openbare ruimte")), "ambtenaar-denhaag", NU);
        initiatieven.voegDeelnameToe(GEMEENTE, traject.id(), new nl.samenspraak.api.initiatief.Deelname("inwoner-denhaag",
                nl.samenspraak.api.initiatief.Participatierol.DEELNEMER, "ambtenaar-denhaag", NU));
        initiatieven.wijzig(GEMEENTE, traject.id(), new Wijziging(Status.VOORBEREIDING, Status.UITVOERING, traject.gegevens(),
                "ambtenaar-denhaag", NU.plusSeconds(60), "De uitvoering begint", Optional.empty(), List.of()));

        List<Bericht> berichten = outbox.lijst(Optional.empty(), 10);
        assertEquals(1, berichten.size());
        assertEquals(Mailsoort.VRAGENLIJST_UITNODIGING, berichten.get(0).soort());
        assertEquals(Optional.of("inwoner-denhaag"), berichten.get(0).gebruiker());
        assertEquals("voorbereiding", berichten.get(0).gegevens().get("fase"));
        assertEquals(traject.id() + ".voorbereiding", berichten.get(0).gegevens().get("vragenlijst"));
    }

    @Test
    public void aMessageSetAsideIsToldInOneOverviewOnlyEvenWhenNodesBundleAtOnce() {
        Bericht eerste = outbox.plaats(bericht("inwoner-denhaag"), NU);
        Bericht tweede = outbox.plaats(bericht("inwoner-denhaag"), NU.plusSeconds(1));
        Bericht later = outbox.plaats(bericht("inwoner-denhaag"), NU.plusSeconds(7200));
        outbox.claim("node-a", NU.plusSeconds(7200), LEASE, 10).forEach(b -> outbox.stelUit(b.id()));
        assertEquals(List.of(eerste.id(), tweede.id()), outbox.uitgesteld(NU.plusSeconds(3600), 10).stream().map(Bericht::id).toList());

        NieuwBericht overzicht = NieuwBericht.aan("inwoner-denhaag", GEMEENTE, Mailsoort.DAGOVERZICHT, "dagoverzicht", Map.of("aantal", "2"));
        assertTrue(outbox.bundel("do-a", overzicht, List.of(eerste.id(), tweede.id()), NU.plusSeconds(3600)));
        assertFalse("the same key", outbox.bundel("do-a", overzicht, List.of(later.id()), NU.plusSeconds(3601)));
        assertFalse("a message told already: nothing changes", outbox.bundel("do-c", overzicht, List.of(tweede.id(), later.id()),
                NU.plusSeconds(3602)));
        assertEquals(Berichtstatus.UITGESTELD, outbox.find(later.id()).orElseThrow().status());
        assertEquals(Optional.empty(), outbox.find("do-c"));
        assertEquals(Berichtstatus.GEBUNDELD, outbox.find(eerste.id()).orElseThrow().status());
        assertEquals(Berichtstatus.WACHTEND, outbox.find("do-a").orElseThrow().status());
        assertFalse("a message told in an overview is never sent on its own", outbox.opnieuw(eerste.id(), NU.plusSeconds(4000)));
        assertEquals(List.of(later.id()), outbox.uitgesteld(NU.plusSeconds(9000), 10).stream().map(Bericht::id).toList());
    }

    @Test
    public void anEventThatRollsBackLeavesNoMail() {
        assertThrows(IllegalStateException.class, () -> database.txExpr(em -> {
            initiatieven.create(GEMEENTE, uitdaagverzoek(), "inwoner-denhaag", NU);
            throw new IllegalStateException("the event fails after its mail was written");
        }));
        assertEquals(List.of(), outbox.lijst(Optional.empty(), 10));
    }

    @Test
    public void aFailedMessageWaitsForItsNextAttemptWithItsError() {
        Bericht bericht = outbox.plaats(bericht("inwoner-denhaag"), NU);
        assertEquals(1, outbox.claim("node-a", NU, LEASE, 10).size());
        outbox.mislukt(bericht.id(), "Connection refused", NU.plusSeconds(30));

        assertEquals(List.of(), outbox.claim("node-a", NU.plusSeconds(29), LEASE, 10));
        Bericht wachtend = outbox.find(bericht.id()).orElseThrow();
        assertTrue(wachtend.faalt());
        assertEquals(Optional.of("Connection refused"), wachtend.laatsteFout());
        List<Bericht> weer = outbox.claim("node-a", NU.plusSeconds(30), LEASE, 10);
        assertEquals(1, weer.size());
        assertEquals(2, weer.get(0).pogingen());
        outbox.verzonden(bericht.id(), NU.plusSeconds(31));
        assertEquals(Berichtstatus.VERZONDEN, outbox.find(bericht.id()).orElseThrow().status());
        assertFalse("a message that went out is never retried", outbox.opnieuw(bericht.id(), NU.plusSeconds(40)));
        assertEquals(List.of(), outbox.claim("node-a", NU.plusSeconds(3600), LEASE, 10));
    }

    @Test
    public void aClaimOfANodeThatDiedIsTakenOverAfterItsLease() {
        Bericht bericht = outbox.plaats(bericht("inwoner-denhaag"), NU);
        assertEquals(1, outbox.claim("node-a", NU, LEASE, 10).size());
        assertEquals(List.of(), outbox.claim("node-b", NU.plus(LEASE), LEASE, 10));
        List<Bericht> overgenomen = outbox.claim("node-b", NU.plus(LEASE).plusSeconds(1), LEASE, 10);
        assertEquals(List.of(bericht.id()), overgenomen.stream().map(Bericht::id).toList());
    }

    @Test
    public void aNodeThatRestartsReleasesTheClaimsOfItsPreviousRun() {
        outbox.plaats(bericht("inwoner-denhaag"), NU);
        outbox.plaats(bericht("inwoner-doetinchem"), NU);
        assertEquals(1, outbox.claim("node-a", NU, LEASE, 1).size());
        assertEquals(1, outbox.claim("node-b", NU, LEASE, 1).size());
        assertEquals(1, outbox.geefVrij("node-a"));
        assertEquals(1, outbox.claim("node-a", NU.plusSeconds(1), LEASE, 10).size());
    }

    @Test
    public void aMessageUnderAKeyIsPlacedOnceHoweverOftenItIsTried() {
        assertTrue(outbox.plaatsEenmalig("wv-GM0518-2026-12-01", bericht("ambtenaren"), NU));
        assertFalse(outbox.plaatsEenmalig("wv-GM0518-2026-12-01", bericht("ambtenaren"), NU.plusSeconds(1)));
        assertTrue(outbox.plaatsEenmalig("wv-GM0518-2026-12-02", bericht("ambtenaren"), NU));
        assertEquals(2, outbox.lijst(Optional.empty(), 10).size());
    }

    @Test
    public void aVoteReceiptForgetsItsAddressOnceSent() {
        Bericht bewijs = outbox.plaats(new NieuwBericht(GEMEENTE, Mailsoort.STEMBEWIJS, Optional.empty(),
                Optional.of("kiezer@example.org"), "ronde-1", Map.of("ronde", "Spoorwijk 2027")), NU);
        outbox.claim("node-a", NU, LEASE, 10);
        outbox.verzonden(bewijs.id(), NU.plusSeconds(1234));
        Bericht verzonden = outbox.find(bewijs.id()).orElseThrow();
        assertEquals(Optional.empty(), verzonden.adres());
        assertEquals("kept to the hour", Optional.of(NU), verzonden.verzondenOp());
    }

    @Test
    public void nodesClaimingAtOnceNeverGetTheSameMessage() throws Exception {
        for (int i = 0; i < 40; i++) {
            outbox.plaats(bericht("inwoner-" + i), NU);
        }
        int nodes = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        List<String> geclaimd = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> klaar = new ArrayList<>();
            for (int n = 0; n < nodes; n++) {
                String node = "node-" + n;
                klaar.add(pool.submit(() -> {
                    start.await();
                    List<Bericht> batch;
                    while (!(batch = outbox.claim(node, NU, LEASE, 5)).isEmpty()) {
                        batch.forEach(b -> geclaimd.add(b.id()));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : klaar) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> verschillend = new HashSet<>(geclaimd);
        assertEquals("every message claimed once", geclaimd.size(), verschillend.size());
        assertEquals(40, verschillend.size());
    }

    private static Wijziging besluit(Initiatief verzoek, Status van, Status naar, nl.samenspraak.rules.Beoordeling.Uitkomst uitkomst,
            long seconden) {
        Instant op = NU.plusSeconds(seconden);
        nl.samenspraak.api.initiatief.Besluit besluit = new nl.samenspraak.api.initiatief.Besluit("b-" + seconden, verzoek.id(),
                nl.samenspraak.api.initiatief.Besluit.Besluittype.UITDAAGRECHT, uitkomst, Optional.empty(),
                List.of(new Reden("art. 4", "zo is het")), LocalDate.of(2026, 12, 1), new nl.samenspraak.api.initiatief.Besluit.Herkomst(
                        "Verordening", "gemeenteblad", LocalDate.of(2020, 1, 1), Optional.empty(), "model", "1.0.0"),
                "ambtenaar-denhaag", op);
        return new Wijziging(van, naar, verzoek.gegevens(), "ambtenaar-denhaag", op, "Besluit", Optional.of(besluit), List.of());
    }

    private static NieuwBericht bericht(String gebruiker) {
        return NieuwBericht.aan(gebruiker, GEMEENTE, Mailsoort.BESLUIT_GENOMEN, "initiatief-1", Map.of("titel", "Buurtfeest"));
    }

    private static NieuwInitiatief uitdaagverzoek() {
        Uitdaagverzoek verzoek = new Uitdaagverzoek(LocalDate.of(2026, 12, 1), "Groenonderhoud Spoorwijk", false, 0, 5, Set.of());
        return new NieuwInitiatief("Groenonderhoud Spoorwijk", "Wij onderhouden het groen zelf", Optional.empty(),
                new Uitdaaggegevens(verzoek, LocalDate.of(2027, 1, 26)));
    }
}
