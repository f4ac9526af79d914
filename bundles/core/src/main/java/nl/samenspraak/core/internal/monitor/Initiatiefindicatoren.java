package nl.samenspraak.core.internal.monitor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Inspraakgegevens;
import nl.samenspraak.api.initiatief.Overgang;
import nl.samenspraak.api.initiatief.Participatieniveau;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Subsidiegegevens;
import nl.samenspraak.api.initiatief.Trajectgegevens;
import nl.samenspraak.api.initiatief.Uitdaaggegevens;
import nl.samenspraak.api.monitor.Eenheid;
import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Periode;
import nl.samenspraak.api.monitor.Waarde;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.core.internal.monitor.Monitorgegevens.Dossier;

/** The indicators of initiatives, trajecten, besluiten and inspraak. */
final class Initiatiefindicatoren {

    private static final Set<Initiatiefsoort> VAN_INWONERS = EnumSet.of(Initiatiefsoort.BEWONERSINITIATIEF,
            Initiatiefsoort.UITDAAGRECHT);
    private static final Set<Status> TOEGEKEND = EnumSet.of(Status.VERLEEND, Status.VERANTWOORD, Status.VASTGESTELD,
            Status.TOEGEKEND);
    /** The states in which the decision clock runs (it stops while aanvulling is asked). */
    private static final Set<Status> KLOK_LOOPT = EnumSet.of(Status.AANGEVRAAGD, Status.INGEDIEND);

    private final List<Dossier> dossiers;
    private final Periode periode;
    private final LocalDate vandaag;

    Initiatiefindicatoren(List<Dossier> dossiers, Periode periode, LocalDate vandaag) {
        this.dossiers = dossiers;
        this.periode = periode;
        this.vandaag = vandaag;
    }

    List<Indicator> alle() {
        return List.of(trajectenPerNiveau(), ontvangen(), uitkomst(), binnenTermijn(), doorlooptijd(), overTermijn(),
                reactienota(), dagenTotReactienota(), terugkoppeling(), dagenTotTerugkoppeling(), deelnemersPerTraject(),
                deelnemersPerFase());
    }

    Indicator trajectenPerNiveau() {
        List<Waarde> waarden = new ArrayList<>();
        for (Participatieniveau niveau : Participatieniveau.values()) {
            long aantal = trajecten().filter(i -> i.gegevens(Trajectgegevens.class).niveau() == niveau).count();
            waarden.add(Waarde.aantal(niveau.name().toLowerCase(), Labels.niveau(niveau), aantal));
        }
        return new Indicator("trajecten.per_niveau", "Participatietrajecten per trede van de participatieladder", waarden,
                periode, "Het aantal participatietrajecten dat in de periode is gestart, per trede van de participatieladder "
                        + "die bij de start is vastgelegd.");
    }

    Indicator ontvangen() {
        List<Waarde> waarden = new ArrayList<>();
        for (Initiatiefsoort soort : VAN_INWONERS) {
            waarden.add(Waarde.aantal(soort.name().toLowerCase(), Labels.soort(soort), ontvangenVan(soort).count()));
        }
        return new Indicator("initiatieven.ontvangen", "Ontvangen initiatieven van inwoners per soort", waarden, periode,
                "Het aantal subsidieaanvragen voor bewonersinitiatieven en verzoeken met het uitdaagrecht dat in de periode "
                        + "is ingediend.");
    }

    Indicator uitkomst() {
        List<Initiatief> ontvangen = dossiers.stream().map(Dossier::initiatief)
                .filter(i -> VAN_INWONERS.contains(i.soort()) && periode.bevat(Kalender.dag(i.aangemaaktOp()))).toList();
        long toegekend = ontvangen.stream().filter(i -> TOEGEKEND.contains(i.status())).count();
        long afgewezen = ontvangen.stream().filter(i -> i.status() == Status.AFGEWEZEN).count();
        long lopend = ontvangen.size() - toegekend - afgewezen;
        return new Indicator("initiatieven.uitkomst", "Uitkomst van de ontvangen initiatieven", List.of(
                Waarde.aantal("toegekend", "Verleend of toegekend", toegekend),
                Waarde.aantal("afgewezen", "Afgewezen", afgewezen),
                Waarde.aantal("lopend", "Nog geen besluit", lopend)), periode,
                "Van de initiatieven van inwoners die in de periode zijn ingediend: hoeveel nu verleend of toegekend zijn "
                        + "(ook als ze daarna verantwoord of vastgesteld zijn), hoeveel afgewezen en hoeveel nog op een besluit wachten.");
    }

    Indicator binnenTermijn() {
        List<Beslissing> beslissingen = beslissingen();
        long binnen = beslissingen.stream().filter(Beslissing::opTijd).count();
        return new Indicator("besluiten.binnen_termijn", "Besluiten binnen de wettelijke termijn", List.of(
                Waarde.aantal("besluiten", "Besluiten", beslissingen.size()),
                Waarde.aantal("binnen_termijn", "Binnen de termijn", binnen),
                new Waarde("aandeel", "Aandeel binnen de termijn", Statistiek.procent(binnen, beslissingen.size()),
                        Eenheid.PROCENT)), periode,
                "Van de eerste besluiten op subsidieaanvragen en uitdaagverzoeken die in de periode zijn genomen: het deel dat "
                        + "op of voor de laatste dag van de beslistermijn viel; de termijn schuift op met de dagen dat op "
                        + "een aanvulling werd gewacht.");
    }

    Indicator doorlooptijd() {
        List<Beslissing> beslissingen = beslissingen();
        List<Long> dagen = beslissingen.stream().map(Beslissing::dagen).toList();
        return new Indicator("besluiten.doorlooptijd", "Dagen van aanvraag tot besluit", List.of(
                new Waarde("mediaan", "Mediaan", Statistiek.mediaan(dagen), Eenheid.DAGEN),
                Waarde.aantal("besluiten", "Besluiten", beslissingen.size())), periode,
                "De mediaan van het aantal kalenderdagen tussen de dag van indienen en de dag van het eerste besluit, over "
                        + "de besluiten op subsidieaanvragen en uitdaagverzoeken die in de periode zijn genomen.");
    }

    Indicator overTermijn() {
        long teLaat = dossiers.stream().map(Dossier::initiatief).filter(i -> KLOK_LOOPT.contains(i.status()))
                .filter(i -> beslistTot(i).map(d -> d.isBefore(vandaag)).orElse(false)).count();
        return new Indicator("besluiten.over_termijn", "Aanvragen die nu over de termijn zijn", List.of(
                Waarde.aantal("aanvragen", "Aanvragen over de termijn", teLaat)),
                new Periode(Optional.of(vandaag), Optional.of(vandaag)),
                "Het aantal subsidieaanvragen en uitdaagverzoeken dat vandaag nog op een besluit wacht terwijl de laatste "
                        + "dag van de beslistermijn voorbij is; aanvragen die op een aanvulling wachten tellen niet mee, "
                        + "want dan staat de klok stil.");
    }

    Indicator reactienota() {
        List<Dossier> gesloten = inspraakGesloten();
        long met = gesloten.stream().filter(d -> reactienotaOp(d).isPresent()).count();
        return new Indicator("inspraak.reactienota", "Inspraak met een gepubliceerde reactienota", List.of(
                Waarde.aantal("inspraak", "Inspraak met een verlopen termijn", gesloten.size()),
                Waarde.aantal("met_reactienota", "Met reactienota", met),
                new Waarde("aandeel", "Aandeel met reactienota", Statistiek.procent(met, gesloten.size()), Eenheid.PROCENT)),
                periode, "Van de inspraak waarvan de termijn voor zienswijzen in de periode afliep: het deel waarvoor de "
                        + "gemeente een reactienota heeft vastgesteld.");
    }

    Indicator dagenTotReactienota() {
        List<Long> dagen = new ArrayList<>();
        for (Dossier d : inspraakGesloten()) {
            LocalDate einde = d.initiatief().gegevens(Inspraakgegevens.class).zienswijzenTot();
            reactienotaOp(d).ifPresent(op -> dagen.add(ChronoUnit.DAYS.between(einde, op)));
        }
        return new Indicator("inspraak.dagen_tot_reactienota", "Dagen van einde inspraak tot reactienota", List.of(
                new Waarde("mediaan", "Mediaan", Statistiek.mediaan(dagen), Eenheid.DAGEN),
                Waarde.aantal("reactienotas", "Reactienota's", dagen.size())), periode,
                "De mediaan van het aantal kalenderdagen tussen de laatste dag voor zienswijzen en de dag dat de reactienota "
                        + "werd vastgesteld, over de inspraak waarvan de termijn in de periode afliep.");
    }

    Indicator terugkoppeling() {
        List<Dossier> metInbreng = trajectenMetInbreng();
        long met = metInbreng.stream().filter(d -> terugkoppelingOp(d).isPresent()).count();
        return new Indicator("trajecten.terugkoppeling", "Participatietrajecten met een gepubliceerde terugkoppeling", List.of(
                Waarde.aantal("trajecten", "Trajecten waarin inwoners inbreng gaven", metInbreng.size()),
                Waarde.aantal("met_terugkoppeling", "Met terugkoppeling", met),
                new Waarde("aandeel", "Aandeel met terugkoppeling", Statistiek.procent(met, metInbreng.size()), Eenheid.PROCENT)),
                periode, "Van de participatietrajecten waarvan de fase uitvoering (waarin inwoners hun inbreng geven) in de periode "
                        + "begon: het deel waarvoor de gemeente heeft gepubliceerd wat zij met de inbreng deed. Die terugkoppeling "
                        + "legt de gemeente vast als het traject van uitvoering naar evaluatie gaat; inwoners lezen haar op de "
                        + "pagina van het traject. Trajecten die nog in uitvoering zijn, tellen mee als nog zonder terugkoppeling.");
    }

    Indicator dagenTotTerugkoppeling() {
        List<Long> dagen = new ArrayList<>();
        for (Dossier d : trajectenMetInbreng()) {
            LocalDate begin = inbrengBegon(d).orElseThrow();
            terugkoppelingOp(d).ifPresent(op -> dagen.add(ChronoUnit.DAYS.between(begin, op)));
        }
        return new Indicator("trajecten.dagen_tot_terugkoppeling", "Dagen van begin inbreng tot terugkoppeling", List.of(
                new Waarde("mediaan", "Mediaan", Statistiek.mediaan(dagen), Eenheid.DAGEN),
                Waarde.aantal("terugkoppelingen", "Terugkoppelingen", dagen.size())), periode,
                "De mediaan van het aantal kalenderdagen tussen de dag dat de fase uitvoering begon en de dag van de "
                        + "terugkoppeling, over de participatietrajecten waarvan de uitvoering in de periode begon.");
    }

    Indicator deelnemersPerTraject() {
        List<Waarde> waarden = dossiers.stream().filter(this::trajectInPeriode)
                .sorted(Comparator.comparing((Dossier d) -> d.initiatief().aangemaaktOp()))
                .map(d -> Waarde.aantal(d.initiatief().id(), d.initiatief().titel(),
                        Deelnemers.van(d.initiatief(), d.deelnames(), List.of()).size()))
                .toList();
        return new Indicator("deelnemers.per_traject", "Unieke deelnemers per traject", waarden, periode,
                "Per participatietraject dat in de periode is gestart: het aantal verschillende mensen en organisaties dat "
                        + "eraan deelneemt; projectleiders, procesbegeleiders en bestuurders tellen niet mee.");
    }

    Indicator deelnemersPerFase() {
        List<Waarde> waarden = new ArrayList<>();
        for (Status fase : List.of(Status.VOORBEREIDING, Status.UITVOERING, Status.EVALUATIE)) {
            long aantal = dossiers.stream().filter(this::trajectInPeriode)
                    .mapToLong(d -> {
                        java.util.Set<String> deelnemers = Deelnemers.van(d.initiatief(), d.deelnames(), List.of());
                        return d.deelnames().stream().filter(x -> deelnemers.contains(x.gebruiker()))
                                .filter(x -> faseOp(d, x.toegevoegdOp()) == fase).map(x -> x.gebruiker()).distinct().count();
                    }).sum();
            waarden.add(Waarde.aantal(fase.naam(), Labels.fase(fase), aantal));
        }
        return new Indicator("deelnemers.per_fase", "Nieuwe deelnemers per fase", waarden, periode,
                "Over de participatietrajecten die in de periode zijn gestart: het aantal deelnemers dat erbij kwam in elke "
                        + "fase, naar de fase waarin het traject was toen zij werden toegevoegd.");
    }

    /** The phase the traject was in at {@code moment}: the state reached by the last transition before it. */
    private static Status faseOp(Dossier d, java.time.Instant moment) {
        Status fase = d.initiatief().status();
        Status laatste = null;
        for (Overgang o : d.overgangen()) {
            if (!o.op().isAfter(moment)) {
                laatste = o.naar();
            }
        }
        return laatste == null ? fase : laatste;
    }

    private boolean trajectInPeriode(Dossier d) {
        return d.initiatief().soort() == Initiatiefsoort.PARTICIPATIETRAJECT
                && periode.bevat(Kalender.dag(d.initiatief().aangemaaktOp()));
    }

    private java.util.stream.Stream<Initiatief> trajecten() {
        return dossiers.stream().filter(this::trajectInPeriode).map(Dossier::initiatief);
    }

    private java.util.stream.Stream<Initiatief> ontvangenVan(Initiatiefsoort soort) {
        return dossiers.stream().map(Dossier::initiatief)
                .filter(i -> i.soort() == soort && periode.bevat(Kalender.dag(i.aangemaaktOp())));
    }

    private List<Dossier> inspraakGesloten() {
        return dossiers.stream().filter(d -> d.initiatief().soort() == Initiatiefsoort.INSPRAAK).filter(d -> {
            LocalDate einde = d.initiatief().gegevens(Inspraakgegevens.class).zienswijzenTot();
            return einde.isBefore(vandaag) && periode.bevat(einde);
        }).toList();
    }

    /** Trajecten whose input phase began in the period, up to today. */
    private List<Dossier> trajectenMetInbreng() {
        return dossiers.stream().filter(d -> d.initiatief().soort() == Initiatiefsoort.PARTICIPATIETRAJECT)
                .filter(d -> inbrengBegon(d).filter(begin -> !begin.isAfter(vandaag) && periode.bevat(begin)).isPresent())
                .toList();
    }

    private static Optional<LocalDate> inbrengBegon(Dossier d) {
        return d.overgangen().stream().filter(o -> o.naar() == Status.UITVOERING).findFirst().map(o -> Kalender.dag(o.op()));
    }

    /** The day the traject left its input phase with a written account of what was done with the input. */
    private static Optional<LocalDate> terugkoppelingOp(Dossier d) {
        return d.overgangen().stream()
                .filter(o -> o.van().equals(Optional.of(Status.UITVOERING)) && o.naar() == Status.EVALUATIE)
                .filter(o -> !o.toelichting().isBlank()).findFirst().map(o -> Kalender.dag(o.op()));
    }

    private static Optional<LocalDate> reactienotaOp(Dossier d) {
        return d.overgangen().stream().filter(o -> o.naar() == Status.REACTIENOTA_VASTGESTELD).findFirst()
                .map(o -> Kalender.dag(o.op()));
    }

    /** A first besluit on an application or request, taken in the period. */
    private record Beslissing(LocalDate ingediend, LocalDate genomen, LocalDate uiterlijk) {
        boolean opTijd() {
            return !genomen.isAfter(uiterlijk);
        }

        long dagen() {
            return ChronoUnit.DAYS.between(ingediend, genomen);
        }
    }

    private List<Beslissing> beslissingen() {
        List<Beslissing> beslissingen = new ArrayList<>();
        for (Dossier d : dossiers) {
            Initiatief i = d.initiatief();
            Optional<LocalDate> uiterlijk = beslistTot(i);
            Optional<Besluit> eerste = d.besluiten().stream()
                    .filter(b -> b.soort() != Besluit.Besluittype.SUBSIDIEVASTSTELLING)
                    .min(Comparator.comparing(Besluit::genomenOp));
            if (uiterlijk.isEmpty() || eerste.isEmpty()) {
                continue;
            }
            LocalDate genomen = Kalender.dag(eerste.get().genomenOp());
            if (periode.bevat(genomen)) {
                beslissingen.add(new Beslissing(Kalender.dag(i.aangemaaktOp()), genomen, uiterlijk.get()));
            }
        }
        return beslissingen;
    }

    private static Optional<LocalDate> beslistTot(Initiatief i) {
        if (i.gegevens() instanceof Subsidiegegevens s) {
            return Optional.of(s.beslistTot());
        }
        if (i.gegevens() instanceof Uitdaaggegevens u) {
            return Optional.of(u.beslistTot());
        }
        return Optional.empty();
    }
}
