package nl.samenspraak.core.internal.monitor;

import static nl.samenspraak.core.internal.monitor.Testgegevens.*;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.initiatief.Besluit.Besluittype;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Overgang;
import nl.samenspraak.api.initiatief.Participatieniveau;
import nl.samenspraak.api.initiatief.Participatierol;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Inwonertal;
import nl.samenspraak.api.monitor.Monitorfilter;
import nl.samenspraak.api.monitor.Nogmaals;
import nl.samenspraak.api.monitor.Oordeel;
import nl.samenspraak.api.monitor.Reactie;
import nl.samenspraak.api.monitor.Stelling;
import nl.samenspraak.api.monitor.Typering;
import nl.samenspraak.api.monitor.Waarde;
import nl.samenspraak.api.monitor.Zelfevaluatie;
import nl.samenspraak.core.internal.monitor.Monitorgegevens.Dossier;
import nl.samenspraak.rules.Beoordeling.Uitkomst;

/**
 * Every indicator on records whose figures were worked out by hand (in the comments), for 2026 with today
 * 2026-06-15; then an empty period, a wijk without inhabitants configured, the response threshold and the filters.
 */
public class IndicatorenTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 6, 15);
    private static final Monitorfilter JAAR_2026 = new Monitorfilter(Optional.of(2026), Optional.empty(), Optional.empty());

    private static final List<Dossier> DOSSIERS = List.of(
            // T1: adviseren in Spoorwijk; participants a (voorbereiding), b and c (uitvoering); the project leader does not count
            dossier(initiatief("T1", Status.UITVOERING, "2026-02-01", Optional.of(SPOORWIJK), traject(Participatieniveau.ADVISEREN)),
                    List.of(overgang(1, null, Status.VOORBEREIDING, "2026-02-01"),
                            overgang(2, Status.VOORBEREIDING, Status.UITVOERING, "2026-03-01")),
                    List.of(), List.of(deelname("pl", Participatierol.PROJECTLEIDER, "2026-02-01"),
                            deelname("a", Participatierol.DEELNEMER, "2026-02-10"),
                            deelname("b", Participatierol.DEELNEMER, "2026-03-05"),
                            deelname("c", Participatierol.ONDERNEMER, "2026-03-06"))),
            // T3: input from 2026-01-20; on 2026-03-01 the gemeente told what it did with it (40 days)
            dossier(initiatief("T3", Status.EVALUATIE, "2026-01-10", Optional.empty(), traject(Participatieniveau.COPRODUCEREN)),
                    List.of(overgang(1, null, Status.VOORBEREIDING, "2026-01-10"),
                            overgang(2, Status.VOORBEREIDING, Status.UITVOERING, "2026-01-20"),
                            overgang(3, Status.UITVOERING, Status.EVALUATIE, "2026-03-01")), List.of(), List.of()),
            // T4: left its input phase without a word on the input (recorded before the account was required): no terugkoppeling
            dossier(initiatief("T4", Status.EVALUATIE, "2026-04-01", Optional.empty(), traject(Participatieniveau.MEEBESLISSEN)),
                    List.of(overgang(1, null, Status.VOORBEREIDING, "2026-04-01"),
                            overgang(2, Status.VOORBEREIDING, Status.UITVOERING, "2026-04-10"),
                            new Overgang(3, Optional.of(Status.UITVOERING), Status.EVALUATIE, "ambtenaar", op("2026-05-01"), " ")),
                    List.of(), List.of()),
            // T2: started in 2025, outside the period
            dossier(initiatief("T2", Status.VOORBEREIDING, "2025-06-01", Optional.empty(), traject(Participatieniveau.MEEBESLISSEN)),
                    List.of(overgang(1, null, Status.VOORBEREIDING, "2025-06-01")), List.of(), List.of()),
            // S1: in 2026-01-05, granted 2026-02-20 (46 days), term 2026-03-02: in time
            dossier(initiatief("S1", Status.VERLEEND, "2026-01-05", Optional.of(SPOORWIJK), subsidie("2026-01-05", "2026-03-02")),
                    List.of(), List.of(besluit("S1", Besluittype.SUBSIDIEVERLENING, Uitkomst.TOEGEKEND, "2026-02-20")), List.of()),
            // S2: in 2026-01-10, refused 2026-03-20 (69 days), term 2026-03-07: late
            dossier(initiatief("S2", Status.AFGEWEZEN, "2026-01-10", Optional.empty(), subsidie("2026-01-10", "2026-03-07")),
                    List.of(), List.of(besluit("S2", Besluittype.SUBSIDIEVERLENING, Uitkomst.AFGEWEZEN, "2026-03-20")), List.of()),
            // S3: waiting, term 2026-05-27 passed: overdue now
            dossier(initiatief("S3", Status.AANGEVRAAGD, "2026-04-01", Optional.empty(), subsidie("2026-04-01", "2026-05-27")),
                    List.of(), List.of(), List.of()),
            // S4: waiting for aanvulling: the clock stands still, not overdue
            dossier(initiatief("S4", Status.AANVULLING_GEVRAAGD, "2026-04-02", Optional.empty(), subsidie("2026-04-02", "2026-05-28")),
                    List.of(), List.of(), List.of()),
            // U1: in 2026-02-01, granted 2026-03-01 (28 days), term 2026-04-01: in time
            dossier(initiatief("U1", Status.TOEGEKEND, "2026-02-01", Optional.empty(), uitdaging("2026-02-01", "2026-04-01")),
                    List.of(), List.of(besluit("U1", Besluittype.UITDAAGRECHT, Uitkomst.TOEGEKEND, "2026-03-01")), List.of()),
            // I1: zienswijzen until 2026-03-10, reactienota 2026-04-09 (30 days)
            dossier(initiatief("I1", Status.REACTIENOTA_VASTGESTELD, "2026-01-27", Optional.empty(), inspraak("2026-03-10")),
                    List.of(overgang(1, null, Status.TER_INZAGE, "2026-01-27"),
                            overgang(2, Status.TER_INZAGE, Status.REACTIENOTA_VASTGESTELD, "2026-04-09")), List.of(), List.of()),
            // I2: term ended 2026-05-01, no reactienota yet
            dossier(initiatief("I2", Status.TER_INZAGE, "2026-03-20", Optional.empty(), inspraak("2026-05-01")),
                    List.of(overgang(1, null, Status.TER_INZAGE, "2026-03-20")), List.of(), List.of()),
            // I3: term still running today: not counted
            dossier(initiatief("I3", Status.TER_INZAGE, "2026-05-20", Optional.empty(), inspraak("2026-07-01")),
                    List.of(overgang(1, null, Status.TER_INZAGE, "2026-05-20")), List.of(), List.of()));

    private static final List<Monitorgegevens.Rondedossier> RONDES = List.of(
            // 180 ballots of 2000 inhabitants: 9.0 %
            ronde("R1", SPOORWIJK, "2026-01-15", Optional.of(uitslag(List.of("p1"), Bedrag.centen(1_234_567), 150, 30)),
                    List.of(plan("p1", "R1", Optional.of(true)), plan("p2", "R1", Optional.of(false)),
                            plan("p3", "R1", Optional.empty()))),
            // Moerwijk has no inhabitants configured
            ronde("R2", MOERWIJK, "2026-02-01", Optional.of(uitslag(List.of(), Bedrag.centen(0), 40, 0)), List.of()));

    private static final List<Inwonertal> INWONERS = List.of(new Inwonertal(SPOORWIJK, 2000, "CBS Kerncijfers wijken en buurten", 2024));

    /** Five responses on T1: kader 5, 4, 4, 2, weet niet (mean 3.75); proces 8 7 6 9 5 (7.0); resultaat 6 6 7 8 9 (7.2). */
    private static final List<Reactie> VIJF_REACTIES = List.of(
            reactie("T1", "2026-03-02", Oordeel.HELEMAAL_EENS, 8, 6, Nogmaals.JA),
            reactie("T1", "2026-03-02", Oordeel.EENS, 7, 6, Nogmaals.JA),
            reactie("T1", "2026-03-03", Oordeel.EENS, 6, 7, Nogmaals.JA),
            reactie("T1", "2026-03-04", Oordeel.ONEENS, 9, 8, Nogmaals.MISSCHIEN),
            reactie("T1", "2026-03-05", Oordeel.WEET_NIET, 5, 9, Nogmaals.NEE));

    /** The project leader says "eens" (4) to everything. */
    private static final Zelfevaluatie ZELFEVALUATIE = new Zelfevaluatie("T1", alle(Oordeel.EENS),
            new Typering(Typering.Participatiesoort.BURGERPARTICIPATIE, Participatieniveau.ADVISEREN, Typering.Schaal.WIJK, 12,
                    Typering.Beslisser.COLLEGE), "pl", op("2026-03-10"));

    private static List<Indicator> bereken(List<Reactie> reacties, Monitorfilter filter) {
        return Indicatoren.bereken(new Monitorgegevens(DEN_HAAG, DOSSIERS, RONDES, reacties, List.of(ZELFEVALUATIE), INWONERS,
                VANDAAG), filter);
    }

    @Test
    public void trajectenPerNiveauTellenDeTrajectenDieInDePeriodeStartten() {
        assertEquals(Map.of("informeren", "0", "raadplegen", "0", "adviseren", "1", "coproduceren", "1", "meebeslissen", "1"),
                waarden(bereken(VIJF_REACTIES, JAAR_2026), "trajecten.per_niveau"));
        assertEquals("1", waarden(bereken(VIJF_REACTIES, jaar(2025)), "trajecten.per_niveau").get("meebeslissen"));
    }

    @Test
    public void ontvangenInitiatievenEnHunUitkomst() {
        List<Indicator> i = bereken(VIJF_REACTIES, JAAR_2026);
        assertEquals(Map.of("bewonersinitiatief", "4", "uitdaagrecht", "1"), waarden(i, "initiatieven.ontvangen"));
        assertEquals(Map.of("toegekend", "2", "afgewezen", "1", "lopend", "2"), waarden(i, "initiatieven.uitkomst"));
    }

    @Test
    public void besluitenBinnenTermijnDoorlooptijdEnOverTermijn() {
        List<Indicator> i = bereken(VIJF_REACTIES, JAAR_2026);
        // S1 and U1 in time, S2 late: 2 of 3 = 66.7 %
        assertEquals(Map.of("besluiten", "3", "binnen_termijn", "2", "aandeel", "66.7"), waarden(i, "besluiten.binnen_termijn"));
        // 28, 46, 69 days
        assertEquals(Map.of("mediaan", "46.0", "besluiten", "3"), waarden(i, "besluiten.doorlooptijd"));
        // S3 only: S4 waits for aanvulling
        assertEquals(Map.of("aanvragen", "1"), waarden(i, "besluiten.over_termijn"));
    }

    @Test
    public void inspraakMetReactienotaEnDeDagenErheen() {
        List<Indicator> i = bereken(VIJF_REACTIES, JAAR_2026);
        // I1 and I2 ended; I3 runs until July
        assertEquals(Map.of("inspraak", "2", "met_reactienota", "1", "aandeel", "50.0"), waarden(i, "inspraak.reactienota"));
        assertEquals(Map.of("mediaan", "30.0", "reactienotas", "1"), waarden(i, "inspraak.dagen_tot_reactienota"));
    }

    @Test
    public void trajectenMetTerugkoppelingEnDeDagenErheen() {
        List<Indicator> i = bereken(VIJF_REACTIES, JAAR_2026);
        // T1 still gathers input, T3 answered after 40 days, T4 moved on without an answer
        assertEquals(Map.of("trajecten", "3", "met_terugkoppeling", "1", "aandeel", "33.3"), waarden(i, "trajecten.terugkoppeling"));
        assertEquals(Map.of("mediaan", "40.0", "terugkoppelingen", "1"), waarden(i, "trajecten.dagen_tot_terugkoppeling"));
        // T2's input phase never began
        assertEquals(Map.of("trajecten", "0", "met_terugkoppeling", "0", "aandeel", ""),
                waarden(bereken(VIJF_REACTIES, jaar(2025)), "trajecten.terugkoppeling"));
    }

    @Test
    public void deelnemersPerTrajectEnPerFase() {
        List<Indicator> i = bereken(VIJF_REACTIES, JAAR_2026);
        assertEquals(Map.of("T1", "3", "T3", "0", "T4", "0"), waarden(i, "deelnemers.per_traject"));
        assertEquals(Map.of("voorbereiding", "1", "uitvoering", "2", "evaluatie", "0"), waarden(i, "deelnemers.per_fase"));
    }

    @Test
    public void wijkbudgetPerRonde() {
        List<Indicator> i = bereken(VIJF_REACTIES, JAAR_2026);
        assertEquals(Map.of("R1", "3", "R2", "0"), waarden(i, "wijkbudget.plannen_ingediend"));
        assertEquals(Map.of("R1", "1", "R2", "0"), waarden(i, "wijkbudget.plannen_haalbaar"));
        assertEquals(Map.of("R1", "1", "R2", "0"), waarden(i, "wijkbudget.plannen_gekozen"));
        assertEquals(Map.of("R1", "150", "R2", "40"), waarden(i, "wijkbudget.stemmen_online"));
        assertEquals(Map.of("R1", "30", "R2", "0"), waarden(i, "wijkbudget.stemmen_papier"));
        assertEquals(Map.of("R1", "12345.67", "R2", "0.00"), waarden(i, "wijkbudget.toegewezen"));
    }

    @Test
    public void opkomstAlleenVoorEenWijkMetIngesteldInwonertal() {
        Indicator opkomst = indicator(bereken(VIJF_REACTIES, JAAR_2026), "wijkbudget.opkomst");
        Map<String, String> waarden = waarden(opkomst);
        assertEquals("9.0", waarden.get("R1"));
        assertEquals("", waarden.get("R2"));
        assertTrue(opkomst.waarden().get(0).label().contains("2000 inwoners, CBS Kerncijfers wijken en buurten 2024"));
        assertTrue(opkomst.waarden().get(1).label().contains("geen inwonertal ingesteld"));
    }

    @Test
    public void reactiesRapportcijfersStellingenEnNogmaals() {
        List<Indicator> i = bereken(VIJF_REACTIES, JAAR_2026);
        assertEquals(Map.of("reacties", "5"), waarden(i, "reacties.aantal"));
        assertEquals(Map.of("proces", "7.0", "resultaat", "7.2"), waarden(i, "reacties.rapportcijfer"));
        Map<String, String> stellingen = waarden(i, "reacties.stellingen");
        assertEquals("3.75", stellingen.get("kader"));
        assertEquals("4.00", stellingen.get("verloop"));
        assertEquals(Map.of("ja", "60.0", "misschien", "20.0", "nee", "20.0"), waarden(i, "reacties.nogmaals"));
    }

    @Test
    public void verschilMetDeZelfevaluatie() {
        Map<String, String> verschil = waarden(bereken(VIJF_REACTIES, JAAR_2026), "zelfevaluatie.verschil");
        // 3.75 - 4 and 4.00 - 4
        assertEquals("-0.25", verschil.get("kader"));
        assertEquals("0.00", verschil.get("informatie"));
        assertEquals("1", verschil.get("trajecten"));
    }

    @Test
    public void onderDeDrempelGeenCijfers() {
        List<Indicator> i = bereken(VIJF_REACTIES.subList(0, 4), JAAR_2026);
        assertEquals(Map.of("reacties", "4"), waarden(i, "reacties.aantal"));
        assertEquals(Map.of("proces", "", "resultaat", ""), waarden(i, "reacties.rapportcijfer"));
        assertEquals("", waarden(i, "reacties.stellingen").get("kader"));
        assertEquals("", waarden(i, "reacties.nogmaals").get("ja"));
        assertEquals(Map.of("kader", "", "trajecten", "0"), subset(waarden(i, "zelfevaluatie.verschil"), "kader", "trajecten"));
    }

    @Test
    public void eenLegePeriodeGeeftNullenEnGeenAandelen() {
        List<Indicator> i = bereken(VIJF_REACTIES, jaar(2020));
        assertEquals(Map.of("besluiten", "0", "binnen_termijn", "0", "aandeel", ""), waarden(i, "besluiten.binnen_termijn"));
        assertEquals(Map.of("mediaan", "", "besluiten", "0"), waarden(i, "besluiten.doorlooptijd"));
        assertEquals(Map.of("inspraak", "0", "met_reactienota", "0", "aandeel", ""), waarden(i, "inspraak.reactienota"));
        assertEquals(Map.of(), waarden(i, "wijkbudget.opkomst"));
        assertEquals(Map.of(), waarden(i, "deelnemers.per_traject"));
        assertEquals(Map.of("reacties", "0"), waarden(i, "reacties.aantal"));
        assertEquals(Map.of("proces", "", "resultaat", ""), waarden(i, "reacties.rapportcijfer"));
    }

    @Test
    public void filterOpWijkEnSoort() {
        Monitorfilter moerwijk = new Monitorfilter(Optional.of(2026), Optional.of(MOERWIJK), Optional.empty());
        List<Indicator> i = bereken(VIJF_REACTIES, moerwijk);
        assertEquals(Map.of("R2", "40"), waarden(i, "wijkbudget.stemmen_online"));
        assertEquals(Map.of("bewonersinitiatief", "0", "uitdaagrecht", "0"), waarden(i, "initiatieven.ontvangen"));
        // the responses are on T1 in Spoorwijk
        assertEquals(Map.of("reacties", "0"), waarden(i, "reacties.aantal"));

        Monitorfilter uitdaagrecht = new Monitorfilter(Optional.of(2026), Optional.empty(), Optional.of(Initiatiefsoort.UITDAAGRECHT));
        List<Indicator> u = bereken(VIJF_REACTIES, uitdaagrecht);
        assertEquals(Map.of("besluiten", "1", "binnen_termijn", "1", "aandeel", "100.0"), waarden(u, "besluiten.binnen_termijn"));
        assertEquals(Map.of(), waarden(u, "wijkbudget.stemmen_online"));
    }

    @Test
    public void kerncijfersVanEenTrajectTellenAlleenDatTraject() {
        Monitorgegevens gegevens = new Monitorgegevens(DEN_HAAG, DOSSIERS, RONDES, VIJF_REACTIES, List.of(ZELFEVALUATIE), INWONERS,
                VANDAAG);
        List<Indicator> t1 = Indicatoren.kerncijfers(gegevens, "T1");
        assertEquals(List.of("deelnemers.per_traject", "deelnemers.per_fase", "trajecten.terugkoppeling",
                "trajecten.dagen_tot_terugkoppeling"), t1.stream().map(Indicator::sleutel).toList());
        assertEquals(Map.of("trajecten", "1", "met_terugkoppeling", "0", "aandeel", "0.0"), waarden(t1, "trajecten.terugkoppeling"));
        assertEquals(Map.of("mediaan", "40.0", "terugkoppelingen", "1"),
                waarden(Indicatoren.kerncijfers(gegevens, "T3"), "trajecten.dagen_tot_terugkoppeling"));
        assertEquals(Map.of("T1", "3"), waarden(t1, "deelnemers.per_traject"));
        assertEquals(Map.of("voorbereiding", "1", "uitvoering", "2", "evaluatie", "0"), waarden(t1, "deelnemers.per_fase"));
        // T2 started in 2025: a subject's key figures cover all time
        assertEquals(Map.of("T2", "0"), waarden(Indicatoren.kerncijfers(gegevens, "T2"), "deelnemers.per_traject"));
    }

    @Test
    public void kerncijfersPerSoortOnderwerp() {
        Monitorgegevens gegevens = new Monitorgegevens(DEN_HAAG, DOSSIERS, RONDES, VIJF_REACTIES, List.of(ZELFEVALUATIE), INWONERS,
                VANDAAG);
        // S2 was refused after 69 days, past its term
        List<Indicator> s2 = Indicatoren.kerncijfers(gegevens, "S2");
        assertEquals(Map.of("besluiten", "1", "binnen_termijn", "0", "aandeel", "0.0"), waarden(s2, "besluiten.binnen_termijn"));
        assertEquals(Map.of("mediaan", "69.0", "besluiten", "1"), waarden(s2, "besluiten.doorlooptijd"));
        assertEquals(Map.of("inspraak", "1", "met_reactienota", "1", "aandeel", "100.0"),
                waarden(Indicatoren.kerncijfers(gegevens, "I1"), "inspraak.reactienota"));
        List<Indicator> r1 = Indicatoren.kerncijfers(gegevens, "R1");
        assertEquals(Map.of("R1", "9.0"), waarden(r1, "wijkbudget.opkomst"));
        assertEquals(7, r1.size());
        assertEquals(List.of(), Indicatoren.kerncijfers(gegevens, "onbekend"));
    }

    @Test
    public void elkeIndicatorHeeftEenUniekeSleutelEenLabelEnEenBerekening() {
        List<Indicator> i = bereken(VIJF_REACTIES, JAAR_2026);
        assertEquals(i.size(), i.stream().map(Indicator::sleutel).distinct().count());
        for (Indicator indicator : i) {
            assertTrue(indicator.sleutel(), indicator.sleutel().matches("[a-z]+\\.[a-z_]+"));
            assertTrue(indicator.sleutel(), !indicator.label().isBlank() && indicator.berekening().endsWith("."));
        }
    }

    private static Monitorfilter jaar(int jaar) {
        return new Monitorfilter(Optional.of(jaar), Optional.empty(), Optional.empty());
    }

    private static Indicator indicator(List<Indicator> indicatoren, String sleutel) {
        return indicatoren.stream().filter(i -> i.sleutel().equals(sleutel)).findFirst().orElseThrow();
    }

    private static Map<String, String> waarden(List<Indicator> indicatoren, String sleutel) {
        return waarden(indicator(indicatoren, sleutel));
    }

    /** Each figure as plain text, "" when empty. */
    private static Map<String, String> waarden(Indicator indicator) {
        Map<String, String> waarden = new LinkedHashMap<>();
        for (Waarde w : indicator.waarden()) {
            waarden.put(w.sleutel(), w.getal().map(BigDecimal::toPlainString).orElse(""));
        }
        return waarden;
    }

    private static Map<String, String> subset(Map<String, String> waarden, String... sleutels) {
        Map<String, String> deel = new LinkedHashMap<>();
        for (String s : sleutels) {
            deel.put(s, waarden.get(s));
        }
        return deel;
    }

    private static Map<Stelling, Oordeel> alle(Oordeel oordeel) {
        Map<Stelling, Oordeel> oordelen = new java.util.EnumMap<>(Stelling.class);
        for (Stelling s : Stelling.values()) {
            oordelen.put(s, oordeel);
        }
        return oordelen;
    }
}
