package nl.samenspraak.core.internal.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.GemeenteNietBediendException;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.monitor.AlBeantwoordException;
import nl.samenspraak.api.monitor.Antwoorden;
import nl.samenspraak.api.monitor.GeenDeelnemerException;
import nl.samenspraak.api.monitor.Oordeel;
import nl.samenspraak.api.monitor.Reactie;
import nl.samenspraak.api.monitor.ReactieStore;
import nl.samenspraak.api.monitor.Reactieoverzicht;
import nl.samenspraak.api.monitor.Stelling;
import nl.samenspraak.api.monitor.Typering;
import nl.samenspraak.api.monitor.Uitnodiging;
import nl.samenspraak.api.monitor.Vragenlijst;
import nl.samenspraak.api.monitor.VragenlijstNietGevondenException;
import nl.samenspraak.api.monitor.VragenlijstService;
import nl.samenspraak.api.monitor.Zelfevaluatie;
import nl.samenspraak.api.opslag.InitiatiefStore;
import nl.samenspraak.api.opslag.WijkbudgetStore;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.core.internal.wijkbudget.Stemgeheim;

/**
 * Questionnaires, their responses and the project leader's view. A response is stored under a keyed hash of the
 * questionnaire and the participant ({@link Stemgeheim}'s key, which lives outside the database and never reaches a
 * gemeente), so one response per participant holds without the answers naming anyone.
 */
@Component(service = VragenlijstService.class)
public class Vragenlijsten implements VragenlijstService {

    private static final String DOMEIN = "participatiemonitor";

    private final InitiatiefStore initiatieven;
    private final WijkbudgetStore rondes;
    private final ReactieStore reacties;
    private final GemeenteRegistry gemeenten;
    private final Kalender kalender;
    private final Stemgeheim geheim;

    @Activate
    public Vragenlijsten(@Reference InitiatiefStore initiatieven, @Reference WijkbudgetStore rondes,
            @Reference ReactieStore reacties, @Reference GemeenteRegistry gemeenten, @Reference Kalender kalender,
            @Reference Stemgeheim geheim) {
        this.initiatieven = initiatieven;
        this.rondes = rondes;
        this.reacties = reacties;
        this.gemeenten = gemeenten;
        this.kalender = kalender;
        this.geheim = geheim;
    }

    @Override
    public List<Vragenlijst> vragenlijsten(String gemeente, String onderwerp) {
        bediend(gemeente);
        Optional<Initiatief> initiatief = initiatieven.find(gemeente, onderwerp);
        if (initiatief.isPresent()) {
            return Vraagmomenten.van(initiatief.get(), initiatieven.overgangen(gemeente, onderwerp),
                    initiatieven.besluiten(gemeente, onderwerp));
        }
        return rondes.find(gemeente, onderwerp).map(Vraagmomenten::van)
                .orElseThrow(() -> new InitiatiefNietGevondenException(gemeente, onderwerp));
    }

    @Override
    public Vragenlijst vragenlijst(String gemeente, String id) {
        bediend(gemeente);
        String onderwerp = Vragenlijst.onderwerpVan(id).orElseThrow(() -> new VragenlijstNietGevondenException(gemeente, id));
        try {
            return vragenlijsten(gemeente, onderwerp).stream().filter(v -> v.id().equals(id)).findFirst()
                    .orElseThrow(() -> new VragenlijstNietGevondenException(gemeente, id));
        } catch (InitiatiefNietGevondenException e) {
            throw new VragenlijstNietGevondenException(gemeente, id);
        }
    }

    @Override
    public List<Vragenlijst> openVoor(String gemeente, String gebruiker) {
        bediend(gemeente);
        List<Vragenlijst> open = new ArrayList<>();
        for (Initiatief i : initiatieven.list(gemeente, InitiatiefService.Filter.ALLE)) {
            open.addAll(openVoor(gemeente, gebruiker, i));
        }
        return open;
    }

    @Override
    public List<Vragenlijst> openVoor(String gemeente, String gebruiker, String onderwerp) {
        bediend(gemeente);
        return initiatieven.find(gemeente, onderwerp).map(i -> openVoor(gemeente, gebruiker, i)).orElse(List.of());
    }

    private List<Vragenlijst> openVoor(String gemeente, String gebruiker, Initiatief i) {
        if (!deelnemers(gemeente, i).contains(gebruiker)) {
            return List.of();
        }
        return Vraagmomenten.van(i, initiatieven.overgangen(gemeente, i.id()), initiatieven.besluiten(gemeente, i.id())).stream()
                .filter(v -> !reacties.heeftGeantwoord(gemeente, v.id(), token(gemeente, v.id(), "gebruiker", gebruiker))).toList();
    }

    @Override
    public List<Uitnodiging> uitnodigingen(String gemeente, Instant van, Instant tot) {
        bediend(gemeente);
        List<Uitnodiging> uitnodigingen = new ArrayList<>();
        for (Initiatief i : initiatieven.list(gemeente, InitiatiefService.Filter.ALLE)) {
            List<Vragenlijst> lijsten = Vraagmomenten.van(i, initiatieven.overgangen(gemeente, i.id()),
                    initiatieven.besluiten(gemeente, i.id())).stream().filter(v -> binnen(v, van, tot)).toList();
            if (!lijsten.isEmpty()) {
                Set<String> genodigden = deelnemers(gemeente, i);
                lijsten.forEach(v -> uitnodigingen.add(new Uitnodiging(v, genodigden, Uitnodiging.pad(v))));
            }
        }
        for (Ronde r : rondes.list(gemeente)) {
            Vraagmomenten.van(r).stream().filter(v -> binnen(v, van, tot))
                    .forEach(v -> uitnodigingen.add(new Uitnodiging(v, Set.of(), Uitnodiging.pad(v))));
        }
        uitnodigingen.sort(Comparator.comparing((Uitnodiging u) -> u.vragenlijst().sinds()).thenComparing(u -> u.vragenlijst().id()));
        return uitnodigingen;
    }

    private static boolean binnen(Vragenlijst v, Instant van, Instant tot) {
        return !v.sinds().isBefore(van) && v.sinds().isBefore(tot);
    }

    @Override
    public void beantwoord(String gemeente, String vragenlijstId, Invulling invulling, String gebruiker) {
        Vragenlijst v = vragenlijst(gemeente, vragenlijstId);
        if (v.metOntvangstbewijs()) {
            throw new GeenDeelnemerException("Deze vragenlijst vult u in met het ontvangstbewijs van uw stem, niet met uw account");
        }
        Initiatief i = initiatieven.find(gemeente, v.onderwerp()).orElseThrow();
        if (!deelnemers(gemeente, i).contains(gebruiker)) {
            throw new GeenDeelnemerException("Alleen wie aan '" + i.titel() + "' heeft meegedaan, kan deze vragenlijst invullen");
        }
        bewaar(gemeente, v, antwoorden(invulling), token(gemeente, v.id(), "gebruiker", gebruiker));
    }

    @Override
    public void beantwoordMetOntvangstbewijs(String gemeente, String vragenlijstId, Invulling invulling, String ontvangstbewijs) {
        Vragenlijst v = vragenlijst(gemeente, vragenlijstId);
        if (!v.metOntvangstbewijs()) {
            throw new GeenDeelnemerException("Deze vragenlijst vult u in als deelnemer, aangemeld met uw account");
        }
        String bewijs = ontvangstbewijs == null ? "" : ontvangstbewijs.strip().toLowerCase(java.util.Locale.ROOT);
        List<Overtreding> fouten = new ArrayList<>();
        Antwoorden antwoorden = null;
        try {
            antwoorden = antwoorden(invulling);
        } catch (OngeldigeInvoerException e) {
            fouten.addAll(e.overtredingen());
        }
        if (bewijs.isEmpty()) {
            fouten.add(new Overtreding("ontvangstbewijs", "Vul de code van het ontvangstbewijs van uw stem in"));
        }
        OngeldigeInvoerException.alsNodig(fouten);
        if (rondes.stemmen(gemeente, v.onderwerp()).stream().noneMatch(s -> s.stemmer().equals(bewijs))) {
            throw new GeenDeelnemerException("Dit ontvangstbewijs hoort niet bij een stem in deze ronde");
        }
        bewaar(gemeente, v, antwoorden, token(gemeente, v.id(), "ontvangstbewijs", bewijs));
    }

    @Override
    public boolean heeftGeantwoord(String gemeente, String vragenlijstId, String gebruiker) {
        bediend(gemeente);
        return reacties.heeftGeantwoord(gemeente, vragenlijstId, token(gemeente, vragenlijstId, "gebruiker", gebruiker));
    }

    @Override
    public Reactieoverzicht overzicht(String gemeente, String onderwerp) {
        List<Vragenlijst> lijsten = vragenlijsten(gemeente, onderwerp);
        String titel = initiatieven.find(gemeente, onderwerp).map(Initiatief::titel)
                .or(() -> rondes.find(gemeente, onderwerp).map(Ronde::titel)).orElseThrow();
        return Reactieberekening.overzicht(onderwerp, titel, lijsten, reacties.reacties(gemeente, onderwerp),
                reacties.zelfevaluatie(gemeente, onderwerp));
    }

    @Override
    public Zelfevaluatie evalueer(String gemeente, String traject, NieuweZelfevaluatie evaluatie, String door) {
        bediend(gemeente);
        Initiatief i = initiatieven.find(gemeente, traject).filter(t -> t.soort() == Initiatiefsoort.PARTICIPATIETRAJECT)
                .orElseThrow(() -> new InitiatiefNietGevondenException(gemeente, traject));
        List<Overtreding> fouten = new ArrayList<>();
        Map<Stelling, Oordeel> oordelen = oordelen(evaluatie.oordelen(), fouten);
        verplicht(fouten, "soort", evaluatie.soort());
        verplicht(fouten, "niveau", evaluatie.niveau());
        verplicht(fouten, "schaal", evaluatie.schaal());
        verplicht(fouten, "beslisser", evaluatie.beslisser());
        if (evaluatie.duurInWeken() == null || evaluatie.duurInWeken() < 1 || evaluatie.duurInWeken() > 520) {
            fouten.add(new Overtreding("duurInWeken", "een aantal weken van 1 tot en met 520"));
        }
        OngeldigeInvoerException.alsNodig(fouten);
        return reacties.bewaar(gemeente, new Zelfevaluatie(i.id(), oordelen, new Typering(evaluatie.soort(), evaluatie.niveau(),
                evaluatie.schaal(), evaluatie.duurInWeken(), evaluatie.beslisser()), door, kalender.nu()));
    }

    @Override
    public Optional<Zelfevaluatie> zelfevaluatie(String gemeente, String traject) {
        bediend(gemeente);
        return reacties.zelfevaluatie(gemeente, traject);
    }

    private void bewaar(String gemeente, Vragenlijst v, Antwoorden antwoorden, String token) {
        if (reacties.heeftGeantwoord(gemeente, v.id(), token)) {
            throw new AlBeantwoordException();
        }
        reacties.bewaar(gemeente, token, new Reactie(v.id(), v.onderwerp(), antwoorden, kalender.vandaag()));
    }

    /** The pseudonym of a participant for one questionnaire: a different one per questionnaire, so none can be joined. */
    private String token(String gemeente, String vragenlijst, String soort, String wie) {
        return geheim.hash(DOMEIN, gemeente, vragenlijst, soort, wie);
    }

    private Set<String> deelnemers(String gemeente, Initiatief i) {
        return Deelnemers.van(i, initiatieven.deelnames(gemeente, i.id()), i.soort() == Initiatiefsoort.INSPRAAK
                ? initiatieven.zienswijzen(gemeente, i.id()) : List.of());
    }

    static Antwoorden antwoorden(Invulling invulling) {
        if (invulling == null) {
            throw new OngeldigeInvoerException("antwoorden", "verplicht");
        }
        List<Overtreding> fouten = new ArrayList<>();
        Map<Stelling, Oordeel> oordelen = oordelen(invulling.oordelen(), fouten);
        cijfer(fouten, "cijferProces", invulling.cijferProces());
        cijfer(fouten, "cijferResultaat", invulling.cijferResultaat());
        verplicht(fouten, "nogmaals", invulling.nogmaals());
        String goed = tekst(fouten, "goed", invulling.goed());
        String beter = tekst(fouten, "beter", invulling.beter());
        OngeldigeInvoerException.alsNodig(fouten);
        return new Antwoorden(oordelen, invulling.cijferProces(), invulling.cijferResultaat(), invulling.nogmaals(), goed, beter);
    }

    private static Map<Stelling, Oordeel> oordelen(Map<Stelling, Oordeel> gegeven, List<Overtreding> fouten) {
        Map<Stelling, Oordeel> oordelen = new EnumMap<>(Stelling.class);
        for (Stelling s : Stelling.values()) {
            Oordeel o = gegeven == null ? null : gegeven.get(s);
            if (o == null) {
                fouten.add(new Overtreding("stellingen." + s.sleutel(), "Kies een antwoord (of 'weet niet')"));
            } else {
                oordelen.put(s, o);
            }
        }
        return oordelen;
    }

    private static void cijfer(List<Overtreding> fouten, String veld, Integer cijfer) {
        if (cijfer == null || !Antwoorden.isCijfer(cijfer)) {
            fouten.add(new Overtreding(veld, "Geef een cijfer van 1 tot en met 10"));
        }
    }

    private static void verplicht(List<Overtreding> fouten, String veld, Object waarde) {
        if (waarde == null) {
            fouten.add(new Overtreding(veld, "verplicht"));
        }
    }

    private static String tekst(List<Overtreding> fouten, String veld, String tekst) {
        String t = tekst == null ? "" : tekst.strip();
        if (t.length() > Antwoorden.MAX_TEKST) {
            fouten.add(new Overtreding(veld, "Schrijf hoogstens " + Antwoorden.MAX_TEKST + " tekens"));
        }
        return t;
    }

    private void bediend(String gemeente) {
        if (gemeenten.find(gemeente).isEmpty()) {
            throw new GemeenteNietBediendException(gemeente);
        }
    }
}
