package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.mail.Mailsoort;
import nl.samenspraak.api.mail.NieuwBericht;
import nl.samenspraak.api.opslag.InitiatiefStore.Wijziging;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.Uitslag;

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
