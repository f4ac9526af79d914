package nl.samenspraak.core.internal.monitor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.Wijk;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Gegevens;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Inspraakgegevens;
import nl.samenspraak.api.initiatief.Overgang;
import nl.samenspraak.api.initiatief.Participatieniveau;
import nl.samenspraak.api.initiatief.Participatierol;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Subsidiegegevens;
import nl.samenspraak.api.initiatief.Trajectgegevens;
import nl.samenspraak.api.initiatief.Uitdaaggegevens;
import nl.samenspraak.api.monitor.Antwoorden;
import nl.samenspraak.api.monitor.Nogmaals;
import nl.samenspraak.api.monitor.Oordeel;
import nl.samenspraak.api.monitor.Reactie;
import nl.samenspraak.api.monitor.Stelling;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.Uitslag;
import nl.samenspraak.core.internal.monitor.Monitorgegevens.Dossier;
import nl.samenspraak.core.internal.monitor.Monitorgegevens.Rondedossier;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Inspraakrecht;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Termijn;
import nl.samenspraak.rules.Uitdaagverzoek;

/** Records built by hand, with noon in Dutch time as the moment of each day. */
final class Testgegevens {

    static final String SPOORWIJK = "WK051801";
    static final String MOERWIJK = "WK051802";
    static final Gemeente DEN_HAAG = new Gemeente("GM0518", "'s-Gravenhage",
            List.of(new Wijk(SPOORWIJK, "Spoorwijk"), new Wijk(MOERWIJK, "Moerwijk")));
    static final Reden REDEN = new Reden("art. 1", "toelichting");
    static final Besluit.Herkomst HERKOMST = new Besluit.Herkomst("Regeling", "gemeenteblad", LocalDate.of(2020, 1, 1),
            Optional.empty(), "bundel", "1.0.0");

    private Testgegevens() {
    }

    static Instant op(String dag) {
        return LocalDate.parse(dag).atTime(LocalTime.NOON).atZone(Kalender.NEDERLAND).toInstant();
    }

    static Initiatief initiatief(String id, Status status, String aangemaakt, Optional<String> wijk, Gegevens gegevens) {
        return new Initiatief(id, DEN_HAAG.code(), status, "Titel " + id, "Omschrijving", wijk, "indiener", op(aangemaakt),
                gegevens);
    }

    static Trajectgegevens traject(Participatieniveau niveau) {
        return new Trajectgegevens(niveau, "openbare ruimte");
    }

    static Subsidiegegevens subsidie(String ingediend, String beslistTot) {
        return Subsidiegegevens.aangevraagd("bewonersinitiatief", new Subsidieaanvraag(LocalDate.parse(ingediend),
                LocalDate.parse(ingediend).plusMonths(3), 50_000, Subsidieaanvraag.Schaal.BUURT, Optional.empty(), 30,
                List.of(), Set.of()), LocalDate.parse(beslistTot));
    }

    static Uitdaaggegevens uitdaging(String ontvangen, String beslistTot) {
        return new Uitdaaggegevens(new Uitdaagverzoek(LocalDate.parse(ontvangen), "groenonderhoud", false, 0, 10, Set.of()),
                LocalDate.parse(beslistTot));
    }

    static Inspraakgegevens inspraak(String zienswijzenTot) {
        LocalDate tot = LocalDate.parse(zienswijzenTot);
        return new Inspraakgegevens(Besluitsoort.BELEIDSNOTA, Onderwerp.OVERIG, tot.minusWeeks(6),
                new Termijn(Period.ofWeeks(6), REDEN), tot, new Inspraakrecht(Inspraakrecht.Kring.IEDEREEN, 0, REDEN),
                tot.plusWeeks(8), Optional.empty());
    }

    static Overgang overgang(long volgnummer, Status van, Status naar, String dag) {
        return new Overgang(volgnummer, Optional.ofNullable(van), naar, "ambtenaar", op(dag), "toelichting");
    }

    static Besluit besluit(String initiatief, Besluit.Besluittype soort, Beoordeling.Uitkomst uitkomst, String dag) {
        return new Besluit("b-" + initiatief + "-" + dag, initiatief, soort, uitkomst, Optional.empty(), List.of(REDEN),
                LocalDate.parse(dag), HERKOMST, "ambtenaar", op(dag));
    }

    static Deelname deelname(String gebruiker, Participatierol rol, String dag) {
        return new Deelname(gebruiker, rol, "ambtenaar", op(dag));
    }

    static Dossier dossier(Initiatief i, List<Overgang> overgangen, List<Besluit> besluiten, List<Deelname> deelnames) {
        return new Dossier(i, overgangen, besluiten, deelnames);
    }

    static Rondedossier ronde(String id, String wijk, String geopend, Optional<Uitslag> uitslag, List<Plan> plannen) {
        Rondeopzet opzet = new Rondeopzet(Rondeopzet.Besluitvorming.STEMMING, 0, 0, true, 16, true,
                Rondeopzet.Stembiljet.goedkeuring(), REDEN);
        Ronde ronde = new Ronde(id, DEN_HAAG.code(), wijk, "Ronde " + id, Bedrag.euro(50_000), "budget", "stemming", opzet,
                LocalDate.parse(geopend), HERKOMST, uitslag.isPresent() ? Fase.UITSLAG : Fase.STEMMEN, Map.of(), "ambtenaar",
                op(geopend), uitslag);
        return new Rondedossier(ronde, plannen);
    }

    static Uitslag uitslag(List<String> gekozen, Bedrag toegewezen, long digitaal, long papier) {
        return new Uitslag(gekozen, toegewezen, Bedrag.euro(50_000).min(toegewezen), digitaal, papier, "uitleg",
                List.of(REDEN), HERKOMST, "ambtenaar", op("2026-05-01"));
    }

    static Plan plan(String id, String ronde, Optional<Boolean> haalbaar) {
        return new Plan(id, ronde, "Plan " + id, "Omschrijving", Bedrag.euro(1000), "inwoner", op("2026-02-01"), 0, haalbaar,
                Optional.empty(), Optional.empty());
    }

    /** A response with {@code kader} on the first statement and "eens" on the others. */
    static Reactie reactie(String onderwerp, String dag, Oordeel kader, int cijferProces, int cijferResultaat, Nogmaals nogmaals) {
        Map<Stelling, Oordeel> oordelen = new EnumMap<>(Stelling.class);
        for (Stelling s : Stelling.values()) {
            oordelen.put(s, Oordeel.EENS);
        }
        oordelen.put(Stelling.KADER, kader);
        return new Reactie(onderwerp + ".voorbereiding", onderwerp, new Antwoorden(oordelen, cijferProces, cijferResultaat,
                nogmaals, "", ""), LocalDate.parse(dag));
    }

    static <T> List<T> lijst(List<T> eerste, List<T> tweede) {
        List<T> alle = new ArrayList<>(eerste);
        alle.addAll(tweede);
        return alle;
    }
}
