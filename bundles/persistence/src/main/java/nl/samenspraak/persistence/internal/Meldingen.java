package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Inzage;
import nl.samenspraak.api.initiatief.Participatierol;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.mail.Mailsoort;
import nl.samenspraak.api.mail.NieuwBericht;
import nl.samenspraak.api.monitor.Aanleiding;
import nl.samenspraak.api.monitor.Vragenlijst;
import nl.samenspraak.api.opslag.InitiatiefStore.Wijziging;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.Uitslag;
import nl.samenspraak.api.werkplek.Toewijzing;

/**
 * The mail a stored event causes, put in the outbox by the store within the event's own transaction: the event
 * and its mail commit or roll back together. The rows say what happened and to which user; the mail bundle
 * looks up the address and the user's wishes when it sends, and renders the templates.
 * <p>
 * Dates are Dutch calendar days. The terms: bezwaar within 6 weeks from the day after the besluit is made known
 * (art. 6:7 and 6:8 Awb), so the last day is the same weekday six weeks on; an aanvulling within
 * {@value #AANVULLINGSTERMIJN_DAGEN} days, the term the platform states when the gemeente set none (art. 4:5 Awb).
 */
final class Meldingen {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    static final int BEZWAARTERMIJN_WEKEN = 6;
    static final int AANVULLINGSTERMIJN_DAGEN = 28;

    private Meldingen() {
    }

    /** A new application, Right to Challenge request, process or draft ter inzage. */
    static void bijNieuw(EntityManager em, Initiatief initiatief, Instant op) {
        Initiatiefsoort soort = initiatief.soort();
        if (soort != Initiatiefsoort.BEWONERSINITIATIEF && soort != Initiatiefsoort.UITDAAGRECHT) {
            return;
        }
        Map<String, String> gegevens = initiatief(initiatief);
        gegevens.put("ontvangenOp", dag(op).toString());
        plaats(em, NieuwBericht.aan(initiatief.initiatiefnemer(), initiatief.gemeente(), Mailsoort.AANVRAAG_ONTVANGEN,
                initiatief.id(), gegevens), op);
        if (soort == Initiatiefsoort.UITDAAGRECHT) {
            Map<String, String> voorAmbtenaren = initiatief(initiatief);
            voorAmbtenaren.put("ontvangenOp", dag(op).toString());
            voorAmbtenaren.put("pad", "/gemeenten/" + initiatief.gemeente() + "/initiatieven/" + initiatief.id());
            plaats(em, NieuwBericht.aanAmbtenaren(initiatief.gemeente(), Mailsoort.UITDAAGVERZOEK_ONTVANGEN, initiatief.id(),
                    voorAmbtenaren), op);
        }
    }

    /** A change of state: an aanvulling asked, a besluit taken, a reactienota published. */
    static void bijWijziging(EntityManager em, Initiatief na, Wijziging wijziging, List<String> indieners) {
        Instant op = wijziging.op();
        if (wijziging.naar() == Status.AANVULLING_GEVRAAGD) {
            Map<String, String> gegevens = initiatief(na);
            gegevens.put("wat", wijziging.toelichting());
            gegevens.put("uiterlijk", dag(op).plusDays(AANVULLINGSTERMIJN_DAGEN).toString());
            gegevens.put("pad", "/gemeenten/" + na.gemeente() + "/mijn-aanvragen/" + na.id() + "/aanvulling");
            plaats(em, NieuwBericht.aan(na.initiatiefnemer(), na.gemeente(), Mailsoort.AANVULLING_GEVRAAGD, na.id(), gegevens), op);
        }
        wijziging.besluit().filter(b -> b.uitkomst() != nl.samenspraak.rules.Beoordeling.Uitkomst.AANVULLING_NODIG)
                .ifPresent(besluit -> plaats(em, NieuwBericht.aan(na.initiatiefnemer(), na.gemeente(), Mailsoort.BESLUIT_GENOMEN,
                        na.id(), besluit(na, besluit)), op));
        if (wijziging.naar() == Status.REACTIENOTA_VASTGESTELD) {
            Map<String, String> gegevens = initiatief(na);
            gegevens.put("pad", "/gemeenten/" + na.gemeente() + "/initiatieven/" + na.id());
            gegevens.put("vastgesteldOp", dag(op).toString());
            indieners.stream().distinct().forEach(indiener -> plaats(em, NieuwBericht.aan(indiener, na.gemeente(),
                    Mailsoort.REACTIENOTA_GEPUBLICEERD, na.id(), gegevens), op));
        }
        vragenlijstMoment(em, na, wijziging).ifPresent(moment -> nodigUit(em, na.gemeente(), Vragenlijst.id(na.id(), moment.getValue()),
                moment.getKey(), na.titel(), wijziging.van().naam(), deelnemers(em, na, indieners), op));
    }

    private static final Set<Status> TRAJECTFASEN = EnumSet.of(Status.VOORBEREIDING, Status.UITVOERING, Status.EVALUATIE);

    /** The roles that run the process for the gemeente: they evaluate it themselves and get no questionnaire. */
    private static final Set<Participatierol> UITVOERDERS = EnumSet.of(Participatierol.PROJECTLEIDER,
            Participatierol.PROCESBEGELEIDER, Participatierol.BESTUURDER);

    /**
     * The questionnaire this change opens, with its moment, at the moments the Participatiemonitor opens one: a
     * traject's phase ends, an inspraak gets its reactienota, the first besluit on an application or request.
     */
    private static Optional<Map.Entry<Aanleiding, String>> vragenlijstMoment(EntityManager em, Initiatief na, Wijziging wijziging) {
        return switch (na.soort()) {
            case PARTICIPATIETRAJECT -> TRAJECTFASEN.contains(wijziging.van()) && wijziging.naar() != wijziging.van()
                    ? Optional.of(Map.entry(Aanleiding.FASE_AFGEROND, wijziging.van().naam())) : Optional.empty();
            case INSPRAAK -> wijziging.naar() == Status.REACTIENOTA_VASTGESTELD
                    ? Optional.of(Map.entry(Aanleiding.INSPRAAK_GESLOTEN, "reactienota")) : Optional.empty();
            case BEWONERSINITIATIEF, UITDAAGRECHT -> wijziging.besluit()
                    .filter(b -> b.soort() != Besluit.Besluittype.SUBSIDIEVASTSTELLING)
                    .filter(b -> em.createQuery("SELECT COUNT(b) FROM BesluitEntity b WHERE b.initiatiefId = :id "
                            + "AND b.soort <> :vaststelling", Long.class).setParameter("id", na.id())
                            .setParameter("vaststelling", Besluit.Besluittype.SUBSIDIEVASTSTELLING).getSingleResult() == 1)
                    .map(b -> Map.entry(Aanleiding.BESLUIT, "besluit"));
        };
    }

    /**
     * Who the questionnaire asks, as the Participatiemonitor counts participants: everyone taking part except those
     * who run it for the gemeente (and the civil servant who opened a traject or inspraak), and for an inspraak who
     * submitted a zienswijze online (a paper one is registered under a civil servant's name).
     */
    private static Set<String> deelnemers(EntityManager em, Initiatief initiatief, List<String> onlineIndieners) {
        List<Deelname> deelnames = em.createQuery("SELECT d FROM DeelnameEntity d WHERE d.initiatiefId = :id "
                + "ORDER BY d.toegevoegdOp, d.gebruiker", DeelnameEntity.class).setParameter("id", initiatief.id())
                .getResultStream().map(DeelnameEntity::toDeelname).toList();
        Set<String> namen = new LinkedHashSet<>();
        deelnames.forEach(d -> namen.add(d.gebruiker()));
        namen.addAll(onlineIndieners);
        deelnames.stream().filter(d -> UITVOERDERS.contains(d.rol())).forEach(d -> namen.remove(d.gebruiker()));
        if (Inzage.isOpenbaar(initiatief.soort())) {
            namen.remove(initiatief.initiatiefnemer());
        }
        return namen;
    }

    /** An invitation per participant to the questionnaire; their address and wish are looked up when it is sent. */
    private static void nodigUit(EntityManager em, String gemeente, String vragenlijst, Aanleiding aanleiding, String titel,
            String fase, Iterable<String> deelnemers, Instant op) {
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("titel", titel);
        gegevens.put("aanleiding", aanleiding.sleutel());
        if (aanleiding == Aanleiding.FASE_AFGEROND) {
            gegevens.put("fase", fase);
        }
        gegevens.put("vragenlijst", vragenlijst);
        gegevens.put("pad", "/gemeenten/" + gemeente + "/vragenlijsten/" + vragenlijst);
        deelnemers.forEach(d -> plaats(em, NieuwBericht.aan(d, gemeente, Mailsoort.VRAGENLIJST_UITNODIGING, vragenlijst, gegevens), op));
    }

    /**
     * A werkvoorraad item assigned to a civil servant by a colleague; nobody is mailed about what they took
     * themselves.
     */
    static void bijToewijzing(EntityManager em, String gemeente, Toewijzing toewijzing) {
        if (toewijzing.aan().equals(toewijzing.door())) {
            return;
        }
        Optional<Initiatief> zaak = em.createQuery("SELECT i FROM InitiatiefEntity i WHERE i.id = :id", InitiatiefEntity.class)
                .setParameter("id", toewijzing.zaak()).getResultStream().findFirst().map(i -> i.toInitiatief(gemeente));
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("referentie", toewijzing.zaak());
        gegevens.put("titel", zaak.map(Initiatief::titel).orElse(toewijzing.zaak()));
        gegevens.put("door", toewijzing.door());
        zaak.flatMap(Initiatief::lopendeTermijn).ifPresent(t -> gegevens.put("termijn", t.toString()));
        gegevens.put("pad", zaak.map(Meldingen::werkplekPad).orElse("/gemeenten/" + gemeente + "/werkplek?wie=mij"));
        plaats(em, NieuwBericht.aan(toewijzing.aan(), gemeente, Mailsoort.ZAAK_TOEGEWEZEN, toewijzing.zaak(), gegevens),
                toewijzing.op());
    }

    /** Where a civil servant handles the item (the werkvoorraad's own links). */
    private static String werkplekPad(Initiatief i) {
        String werkplek = "/gemeenten/" + i.gemeente() + "/werkplek/";
        return switch (i.soort()) {
            case BEWONERSINITIATIEF -> werkplek + "aanvragen/" + i.id();
            case UITDAAGRECHT -> werkplek + "uitdaagrecht/" + i.id();
            case INSPRAAK -> werkplek + "inspraak/" + i.id();
            case PARTICIPATIETRAJECT -> werkplek + "trajecten/" + i.id();
        };
    }

    /**
     * A zienswijze submitted online. One received earlier than the day it is registered came on paper: a civil servant
     * registered it under their own name for someone who is no user, so nobody is mailed about it.
     */
    static void bijZienswijze(EntityManager em, String gemeente, InitiatiefEntity inspraak, String indiener, LocalDate ontvangenOp,
            Instant op) {
        if (opPapier(ontvangenOp, op)) {
            return;
        }
        Initiatief initiatief = inspraak.toInitiatief(gemeente);
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("titel", initiatief.titel());
        gegevens.put("ontvangenOp", ontvangenOp.toString());
        gegevens.put("pad", "/gemeenten/" + gemeente + "/initiatieven/" + initiatief.id());
        plaats(em, NieuwBericht.aan(indiener, gemeente, Mailsoort.ZIENSWIJZE_ONTVANGEN, initiatief.id(), gegevens), op);
    }

    static void bijToets(EntityManager em, String gemeente, Plan plan, Instant op) {
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("plan", plan.titel());
        gegevens.put("haalbaar", String.valueOf(plan.haalbaar().orElse(false)));
        plan.toetsing().ifPresent(t -> gegevens.put("toetsing", t));
        plan.kosten().ifPresent(k -> gegevens.put("kosten", k.toString()));
        gegevens.put("pad", "/gemeenten/" + gemeente + "/wijkbudgetten/" + plan.rondeId());
        plaats(em, NieuwBericht.aan(plan.indiener(), gemeente, Mailsoort.PLAN_GETOETST, plan.rondeId(), gegevens), op);
    }

    /** Everyone who submitted or supported a plan in the round: they took part and did so under their name. */
    static void bijUitslag(EntityManager em, Ronde ronde, Uitslag uitslag, List<String> deelnemers) {
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("ronde", ronde.titel());
        gegevens.put("gekozen", String.valueOf(uitslag.gekozen().size()));
        gegevens.put("toegewezen", uitslag.toegewezen().toString());
        gegevens.put("resterend", uitslag.resterend().toString());
        gegevens.put("pad", "/gemeenten/" + ronde.gemeente() + "/wijkbudgetten/" + ronde.id() + "/uitslag");
        deelnemers.stream().distinct().forEach(d -> plaats(em, NieuwBericht.aan(d, ronde.gemeente(), Mailsoort.UITSLAG_RONDE,
                ronde.id(), gegevens), uitslag.vastgesteldOp()));
        // voters answer it with the receipt of their ballot, whose address is never kept: only those who took part under
        // their name can be invited
        nodigUit(em, ronde.gemeente(), Vragenlijst.id(ronde.id(), "uitslag"), Aanleiding.WIJKBUDGET_UITSLAG, ronde.titel(), "",
                new LinkedHashSet<>(deelnemers), uitslag.vastgesteldOp());
    }

    static boolean opPapier(LocalDate ontvangenOp, Instant geregistreerdOp) {
        return ontvangenOp.isBefore(dag(geregistreerdOp));
    }

    private static Map<String, String> initiatief(Initiatief initiatief) {
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("referentie", initiatief.id());
        gegevens.put("titel", initiatief.titel());
        gegevens.put("soort", initiatief.soort().name().toLowerCase());
        gegevens.put("pad", "/gemeenten/" + initiatief.gemeente() + "/mijn-aanvragen/" + initiatief.id());
        return gegevens;
    }

    private static Map<String, String> besluit(Initiatief initiatief, Besluit besluit) {
        Map<String, String> gegevens = initiatief(initiatief);
        gegevens.put("uitkomst", besluit.uitkomst().name().toLowerCase());
        besluit.bedrag().ifPresent(b -> gegevens.put("bedrag", b.toString()));
        gegevens.put("redenen", besluit.redenen().stream().map(r -> r.artikel() + ": " + r.toelichting())
                .collect(Collectors.joining("\n")));
        LocalDate genomen = dag(besluit.genomenOp());
        gegevens.put("genomenOp", genomen.toString());
        gegevens.put("bezwaarTot", genomen.plusWeeks(BEZWAARTERMIJN_WEKEN).toString());
        gegevens.put("pad", "/gemeenten/" + initiatief.gemeente() + "/initiatieven/" + initiatief.id());
        return gegevens;
    }

    static LocalDate dag(Instant op) {
        return op.atZone(NEDERLAND).toLocalDate();
    }

    private static void plaats(EntityManager em, NieuwBericht bericht, Instant op) {
        JpaOutbox.plaats(em, bericht, op);
    }
}
