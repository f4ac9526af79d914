package nl.samenspraak.rules.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import nl.samenspraak.allocation.Ballot;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Project;
import nl.samenspraak.allocation.VoteType;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Beoordeling.Uitkomst;
import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Ondersteuning;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Regelingsfeiten;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Termijn;
import nl.samenspraak.rules.Toewijzingsproces;
import nl.samenspraak.rules.Toewijzingsproces.Toewijzing;
import nl.samenspraak.rules.Uitdaagverzoek;
import nl.samenspraak.rules.Uitdaagverzoek.Onderbouwing;
import nl.samenspraak.rules.Verordening;

/**
 * What every rules service must do, checked from what it publishes. Each check collects every violation and
 * fails once, listing them all.
 *
 * <p>For a {@link Subsidieregeling}: stable {@code info()}, {@code regeling()} and {@code feiten()}; an
 * application that meets everything is granted, also at exactly each published maximum, and one cent over
 * the maximum is refused or limited; no amount above what was asked or the maximum (nothing where no maximum
 * is published); the published lead time, applicant age and supporters (number and age) are enforced to the
 * day and the year; and an application failing every condition at once is refused with the reasons of each.
 * Conditions on the declared {@link Kenmerk}s are found by turning each one over in the basic application.
 */
public final class Contract {

    private static final Pattern WIJKCODE = Pattern.compile("WK\\d{6}");

    private Contract() {
    }

    /** Checks what every rules service must do: a valid, stable {@code info()}. */
    public static void regels(Regels regels) {
        Beschrijving.faal(naam(regels) + " voldoet niet aan het contract", infoGebreken(regels));
    }

    public static void subsidieregeling(Subsidieregeling regeling) {
        subsidieregeling(regeling, Regelstoets.aanvraag());
    }

    /**
     * @param basis an application that meets every condition of the scheme (e.g. with the wijk the scheme
     *              needs); moved to the scheme's first day when it is not in force on its submission day
     * @param wijken wijken whose own maxima ({@link Subsidieregeling#maximumInCentenVoorWijk}) to check as well
     */
    public static void subsidieregeling(Subsidieregeling regeling, AanvraagBouwer basis, String... wijken) {
        new SubsidieregelingControle(regeling, basis).controleer(List.of(wijken));
    }

    public static void verordening(Verordening verordening) {
        verordening(verordening, Regelstoets.uitdaagverzoek());
    }

    /** @param basis a request that meets every condition of the uitdaagrecht, if the ordinance grants one */
    public static void verordening(Verordening verordening, UitdaagverzoekBouwer basis) {
        List<String> gebreken = new ArrayList<>(infoGebreken(verordening));
        for (Besluitsoort soort : Besluitsoort.values()) {
            gebreken.addAll(termijnGebreken(() -> verordening.zienswijzetermijn(soort), "zienswijzetermijn " + soort));
            try {
                if (verordening.inspraakrecht(soort) == null) {
                    gebreken.add("inspraakrecht " + soort + " is null");
                } else {
                    gebreken.addAll(Beschrijving.gebrekenVan(List.of(verordening.inspraakrecht(soort).grondslag()),
                            "inspraakrecht " + soort));
                }
            } catch (RuntimeException e) {
                gebreken.add("inspraakrecht " + soort + " gooide " + e);
            }
        }
        for (Onderwerp onderwerp : Onderwerp.values()) {
            try {
                Optional<Reden> reden = verordening.uitgesloten(onderwerp);
                if (reden == null) {
                    gebreken.add("uitgesloten(" + onderwerp + ") is null in plaats van leeg");
                } else {
                    reden.ifPresent(r -> gebreken.addAll(Beschrijving.gebrekenVan(List.of(r), "uitgesloten " + onderwerp)));
                }
            } catch (RuntimeException e) {
                gebreken.add("uitgesloten(" + onderwerp + ") gooide " + e);
            }
        }
        gebreken.addAll(termijnGebreken(verordening::reactienotatermijn, "reactienotatermijn"));
        gebreken.addAll(termijnGebreken(verordening::uitdaagrechtBeslistermijn, "beslistermijn uitdaagrecht"));

        UitdaagverzoekBouwer verzoek = basis.kopie();
        if (!verordening.info().geldigOp(verzoek.ontvangenOp())) {
            verzoek.ontvangenOp(verordening.info().geldigVanaf());
        }
        Map<String, Beoordeling> oordelen = new LinkedHashMap<>();
        UitdaagverzoekBouwer zonderBudget = verzoek.kopie().zonderBudget();
        Beoordeling volledig = uitdaag(verordening, verzoek, "volledig verzoek", gebreken, oordelen);
        uitdaag(verordening, zonderBudget, "volledig verzoek zonder budget", gebreken, oordelen);
        if (volledig != null && volledig.uitkomst() == Uitkomst.TOEGEKEND) {
            Map<String, UnaryOperator<UitdaagverzoekBouwer>> voorwaarden = new LinkedHashMap<>();
            for (Onderbouwing eis : verzoek.bouw().onderbouwing()) {
                voorwaarden.put("zonder " + eis, v -> v.zonder(eis));
            }
            alleVoorwaarden(voorwaarden, verzoek, v -> uitdaag(verordening, v, null, gebreken, oordelen), gebreken);
        }
        Beschrijving.faal(naam(verordening) + " voldoet niet aan het contract", gebreken);
    }

    /**
     * Decides a small round made for the process's own ballot (see {@link Toewijzingsproces#rondeopzet()}) and
     * an empty one: known plans, within the budget, reasons with articles, the same answer twice.
     */
    public static void toewijzingsproces(Toewijzingsproces proces) {
        List<String> gebreken = new ArrayList<>(infoGebreken(proces));
        String sleutel = proces.proces();
        if (sleutel == null || sleutel.isBlank() || !sleutel.equals(proces.proces())) {
            gebreken.add("proces() is leeg of wisselt: '" + sleutel + "'");
        }
        List<String> wijken = proces.wijken();
        if (wijken == null) {
            gebreken.add("wijken() is null");
        } else {
            wijken.stream().filter(w -> !WIJKCODE.matcher(w).matches())
                    .forEach(w -> gebreken.add("wijk '" + w + "' is geen CBS-wijkcode (WK + 6 cijfers)"));
        }
        Optional<Rondeopzet> opzet = proces.rondeopzet();
        if (opzet == null) {
            gebreken.add("rondeopzet() is null in plaats van leeg");
            opzet = Optional.empty();
        }
        opzet.ifPresent(o -> gebreken.addAll(Beschrijving.gebrekenVan(List.of(o.grondslag()), "rondeopzet")));

        Instance ronde = proefronde(opzet);
        Instance leeg = Instance.of(ronde.budget(), ronde.voteType(), ronde.projects(), List.of());
        for (Instance r : List.of(ronde, leeg)) {
            String wat = r.ballots().isEmpty() ? "ronde zonder stemmen" : "proefronde";
            try {
                Toewijzing eerste = proces.wijsToe(r);
                Beschrijving.gebrekenVan(r, eerste).forEach(g -> gebreken.add(wat + ": " + g));
                Toewijzing tweede = proces.wijsToe(r);
                if (eerste != null && tweede != null && !eerste.gekozen().equals(tweede.gekozen())) {
                    gebreken.add(wat + ": twee keer dezelfde ronde gaf " + eerste.gekozen() + " en " + tweede.gekozen());
                }
            } catch (RuntimeException e) {
                gebreken.add(wat + ": wijsToe gooide " + e);
            }
        }
        Beschrijving.faal(naam(proces) + " voldoet niet aan het contract", gebreken);
    }

    /** Five plans (one costs more than the budget alone) and ballots that keep to the process's ballot. */
    static Instance proefronde(Optional<Rondeopzet> opzet) {
        BigDecimal budget = BigDecimal.valueOf(50_000);
        List<Project> plannen = List.of(plan("a", 20_000), plan("b", 15_000), plan("c", 30_000), plan("d", 10_000),
                plan("e", 60_000));
        Rondeopzet.Stembiljet biljet = opzet.map(Rondeopzet::stembiljet).orElse(Rondeopzet.Stembiljet.goedkeuring());
        int stemmers = opzet.filter(o -> o.besluitvorming() == Rondeopzet.Besluitvorming.JURY).map(Rondeopzet::juryleden)
                .orElse(15);
        List<List<String>> patronen = List.of(List.of("a", "b"), List.of("a", "d"), List.of("c"), List.of("b", "d"),
                List.of("a", "b", "d"), List.of("e"), List.of("c", "d"));
        VoteType soort = biljet.voteType();
        Instance leeg = Instance.of(budget, soort, plannen, List.of());
        List<Ballot> stemmen = new ArrayList<>();
        for (int i = 0; i < stemmers; i++) {
            List<String> keuze = new ArrayList<>(patronen.get(i % patronen.size()));
            Ballot stem;
            do {
                stem = soort.hasPoints()
                        ? new Ballot("stemmer-" + i, keuze, keuze.stream().map(k -> BigDecimal.ONE).toList(), Map.of())
                        : new Ballot("stemmer-" + i, keuze, List.of(), Map.of());
                if (biljet.staatToe(stem, leeg)) {
                    break;
                }
                keuze.remove(keuze.size() - 1);
            } while (true);
            stemmen.add(stem);
        }
        return Instance.of(budget, soort, plannen, stemmen);
    }

    private static Project plan(String id, long euro) {
        return new Project(id, BigDecimal.valueOf(euro), "plan " + id, Map.of());
    }

    private static Beoordeling uitdaag(Verordening verordening, UitdaagverzoekBouwer bouwer, String wat, List<String> gebreken,
            Map<String, Beoordeling> oordelen) {
        Uitdaagverzoek verzoek = bouwer.bouw();
        String label = wat == null ? verzoek.onderbouwing().toString() : wat;
        try {
            Beoordeling b = verordening.beoordeelUitdaagrecht(verzoek);
            if (b == null) {
                gebreken.add(label + ": beoordeelUitdaagrecht gaf null");
                return null;
            }
            Beschrijving.gebrekenVan(b.redenen(), label).forEach(gebreken::add);
            if (b.bedragInCenten() > verzoek.gevraagdInCenten()) {
                gebreken.add(label + ": kent meer toe dan gevraagd: " + Beschrijving.van(b));
            }
            oordelen.put(label, b);
            return b;
        } catch (RuntimeException e) {
            gebreken.add(label + ": beoordeelUitdaagrecht gooide " + e);
            return null;
        }
    }

    /**
     * Each named change of a basis that the rules grant is applied alone, then all together. Those the rules
     * do not grant alone are conditions; the request breaking all of them at once must be refused with at
     * least one reason per condition and every article each of them cites alone.
     */
    private static <B> void alleVoorwaarden(Map<String, UnaryOperator<B>> wijzigingen, B basis,
            java.util.function.Function<B, Beoordeling> oordeel, List<String> gebreken) {
        Map<String, UnaryOperator<B>> voorwaarden = new LinkedHashMap<>();
        Set<String> artikelen = new LinkedHashSet<>();
        for (Map.Entry<String, UnaryOperator<B>> w : wijzigingen.entrySet()) {
            Beoordeling alleen = oordeel.apply(w.getValue().apply(kopie(basis)));
            if (alleen != null && alleen.uitkomst() != Uitkomst.TOEGEKEND) {
                voorwaarden.put(w.getKey(), w.getValue());
                alleen.redenen().forEach(r -> artikelen.add(r.artikel()));
            }
        }
        if (voorwaarden.size() < 2) {
            return;
        }
        B alles = kopie(basis);
        for (UnaryOperator<B> w : voorwaarden.values()) {
            alles = w.apply(alles);
        }
        Beoordeling samen = oordeel.apply(alles);
        if (samen == null) {
            return;
        }
        List<String> genoemd = samen.redenen().stream().map(Reden::artikel).toList();
        List<String> vergeten = artikelen.stream().filter(a -> !genoemd.contains(a)).toList();
        if (samen.uitkomst() == Uitkomst.TOEGEKEND || samen.redenen().size() < voorwaarden.size() || !vergeten.isEmpty()) {
            gebreken.add("een verzoek dat " + voorwaarden.size() + " voorwaarden tegelijk mist " + voorwaarden.keySet()
                    + " noemt ze niet alle" + (vergeten.isEmpty() ? "" : " (ontbrekend: " + vergeten + ")") + ": "
                    + Beschrijving.van(samen));
        }
    }

    @SuppressWarnings("unchecked")
    private static <B> B kopie(B bouwer) {
        if (bouwer instanceof AanvraagBouwer a) {
            return (B) a.kopie();
        }
        return (B) ((UitdaagverzoekBouwer) bouwer).kopie();
    }

    private static final class SubsidieregelingControle {
        private final Subsidieregeling regeling;
        private final AanvraagBouwer basis;
        private final List<String> gebreken = new ArrayList<>();

        SubsidieregelingControle(Subsidieregeling regeling, AanvraagBouwer basis) {
            this.regeling = regeling;
            this.basis = basis.kopie();
            if (!regeling.info().geldigOp(this.basis.ingediendOp())) {
                this.basis.ingediendOp(regeling.info().geldigVanaf());
            }
        }

        void controleer(List<String> wijken) {
            gebreken.addAll(infoGebreken(regeling));
            String sleutel = regeling.regeling();
            if (sleutel == null || sleutel.isBlank() || !sleutel.equals(regeling.regeling())) {
                gebreken.add("regeling() is leeg of wisselt: '" + sleutel + "'");
            }
            Regelingsfeiten feiten = regeling.feiten();
            if (feiten == null) {
                gebreken.add("feiten() is null");
                Beschrijving.faal(naam(regeling) + " voldoet niet aan het contract", gebreken);
            }
            if (!feiten.equals(regeling.feiten())) {
                gebreken.add("feiten() wisselt tussen twee aanroepen");
            }
            feiten.maximumInCenten().forEach((schaal, max) -> {
                if (max <= 0) {
                    gebreken.add("maximum voor " + schaal + " is niet positief: " + max);
                }
            });
            if (feiten.minimumleeftijdAanvrager() < 0 || feiten.vereisteOndersteuners() < 0
                    || feiten.minimumleeftijdOndersteuners() < 0 || feiten.aanvraagVooraf().isNegative()) {
                gebreken.add("feiten bevatten een negatieve leeftijd, aantal of termijn: " + Beschrijving.van(feiten));
            }
            gebreken.addAll(termijnGebreken(feiten::beslistermijn, "beslistermijn"));
            Optional<Termijn> verdaging = regeling.verdaging();
            if (verdaging == null) {
                gebreken.add("verdaging() is null in plaats van leeg");
            } else if (verdaging.isPresent()) {
                gebreken.addAll(termijnGebreken(verdaging::get, "verdaging"));
            }

            Beoordeling basisoordeel = oordeel(basis, "een aanvraag die aan alles voldoet");
            if (basisoordeel == null || basisoordeel.uitkomst() != Uitkomst.TOEGEKEND) {
                gebreken.add("een aanvraag die aan alles voldoet wordt niet toegekend (" + basis.bouw() + "): "
                        + Beschrijving.van(basisoordeel) + "\n    geef Contract een basisaanvraag die aan alle voorwaarden voldoet");
                Beschrijving.faal(naam(regeling) + " voldoet niet aan het contract", gebreken);
            }
            if (basisoordeel.bedragInCenten() == 0 && basis.bouw().gevraagdInCenten() > 0) {
                gebreken.add("een aanvraag die aan alles voldoet krijgt EUR 0: " + Beschrijving.van(basisoordeel));
            }
            if (!basisoordeel.equals(regeling.beoordeel(basis.bouw()))) {
                gebreken.add("twee keer dezelfde aanvraag gaf verschillende beoordelingen");
            }
            try {
                List<Ondersteuning> steun = regeling.ondersteuning(basis.bouw());
                if (steun == null) {
                    gebreken.add("ondersteuning() is null in plaats van leeg");
                } else {
                    steun.forEach(o -> gebreken.addAll(Beschrijving.gebrekenVan(List.of(o.grondslag()), "ondersteuning " + o.vorm())));
                }
            } catch (RuntimeException e) {
                gebreken.add("ondersteuning() gooide " + e);
            }

            List<Optional<String>> gebieden = new ArrayList<>();
            gebieden.add(basis.wijk());
            wijken.forEach(w -> gebieden.add(Optional.of(w)));
            for (Optional<String> wijk : gebieden) {
                Map<Schaal, Long> maxima = wijk.map(regeling::maximumInCentenVoorWijk).orElse(feiten.maximumInCenten());
                for (Schaal schaal : Schaal.values()) {
                    AanvraagBouwer hier = basis.kopie().schaal(schaal);
                    wijk.ifPresent(hier::wijk);
                    String waar = schaal + wijk.map(w -> " in " + w).orElse("");
                    Long max = maxima.get(schaal);
                    if (max == null) {
                        oordeel(hier.kopie().centen(100), waar + " (geen maximum gepubliceerd)");
                        continue;
                    }
                    Beoordeling opMax = oordeel(hier.kopie().centen(max), waar + " op het maximum " + Beschrijving.euro(max));
                    if (opMax != null && opMax.uitkomst() != Uitkomst.TOEGEKEND) {
                        gebreken.add(waar + ": een aanvraag van precies het maximum " + Beschrijving.euro(max)
                                + " wordt niet toegekend: " + Beschrijving.van(opMax));
                    }
                    oordeel(hier.kopie().centen(max + 1), waar + " een cent boven het maximum");
                }
            }

            Map<String, UnaryOperator<AanvraagBouwer>> voorwaarden = new LinkedHashMap<>();
            Subsidieaanvraag a = basis.bouw();
            Long max = Beschrijving.maximumVoor(regeling, a);
            if (max != null) {
                voorwaarden.put("een cent boven het maximum", b -> b.centen(max + 1));
            }
            if (!feiten.aanvraagVooraf().isZero()) {
                Period vooraf = feiten.aanvraagVooraf();
                grens(b -> b.activiteitOp(b.ingediendOp().plus(vooraf)), "precies " + Beschrijving.duur(vooraf) + " vooraf aangevraagd");
                voorwaarden.put("een dag te laat aangevraagd", b -> b.activiteitOp(b.ingediendOp().plus(vooraf).minusDays(1)));
            }
            int leeftijd = feiten.minimumleeftijdAanvrager();
            if (leeftijd > 0) {
                grens(b -> b.aanvrager(leeftijd), "aanvrager precies " + leeftijd);
                voorwaarden.put("aanvrager " + (leeftijd - 1), b -> b.aanvrager(leeftijd - 1));
            }
            int nodig = feiten.vereisteOndersteuners();
            int ondersteunerLeeftijd = feiten.minimumleeftijdOndersteuners();
            if (nodig > 0) {
                grens(b -> b.ondersteuners(nodig, ondersteunerLeeftijd), nodig + " ondersteuners van " + ondersteunerLeeftijd);
                voorwaarden.put((nodig - 1) + " ondersteuners", b -> b.ondersteuners(nodig - 1, Math.max(ondersteunerLeeftijd, 18)));
                if (ondersteunerLeeftijd > 0) {
                    Integer[] leeftijden = new Integer[nodig];
                    Arrays.fill(leeftijden, ondersteunerLeeftijd);
                    leeftijden[0] = ondersteunerLeeftijd - 1;
                    Beoordeling teJong = oordeel(basis.kopie().ondersteuners(leeftijden), "een ondersteuner te jong");
                    if (teJong != null && teJong.uitkomst() == Uitkomst.TOEGEKEND) {
                        gebreken.add("toegekend terwijl een van de " + nodig + " ondersteuners " + (ondersteunerLeeftijd - 1)
                                + " is (minimum " + ondersteunerLeeftijd + ")");
                    }
                }
            }
            for (String voorwaarde : voorwaarden.keySet()) {
                Beoordeling b = oordeel(voorwaarden.get(voorwaarde).apply(basis.kopie()), voorwaarde);
                boolean beperkt = voorwaarde.startsWith("een cent boven") && b != null && b.uitkomst() == Uitkomst.TOEGEKEND;
                if (b != null && b.uitkomst() == Uitkomst.TOEGEKEND && !beperkt) {
                    gebreken.add(voorwaarde + ": toegekend terwijl de feiten dat uitsluiten (" + Beschrijving.van(feiten) + "): " + Beschrijving.van(b));
                }
            }
            Map<String, UnaryOperator<AanvraagBouwer>> wijzigingen = new LinkedHashMap<>(voorwaarden);
            for (Kenmerk k : Kenmerk.values()) {
                boolean heeft = a.heeft(k);
                wijzigingen.put((heeft ? "zonder " : "met ") + k, b -> heeft ? b.zonder(k) : b.met(k));
            }
            alleVoorwaarden(wijzigingen, basis, b -> oordeel(b, null), gebreken);
            Beschrijving.faal(naam(regeling) + " voldoet niet aan het contract", gebreken);
        }

        private void grens(UnaryOperator<AanvraagBouwer> wijziging, String wat) {
            Beoordeling b = oordeel(wijziging.apply(basis.kopie()), wat);
            if (b != null && b.uitkomst() != Uitkomst.TOEGEKEND) {
                gebreken.add(wat + ": niet toegekend terwijl de gepubliceerde feiten dat toestaan: " + Beschrijving.van(b));
            }
        }

        private Beoordeling oordeel(AanvraagBouwer bouwer, String wat) {
            Subsidieaanvraag aanvraag = bouwer.bouw();
            String label = wat == null ? Beschrijving.van(aanvraag) : wat;
            try {
                Beoordeling b = regeling.beoordeel(aanvraag);
                Beschrijving.gebrekenVan(regeling, aanvraag, b).forEach(g -> gebreken.add(label + ": " + g));
                return b;
            } catch (RuntimeException e) {
                gebreken.add(label + ": beoordeel gooide " + e);
                return null;
            }
        }
    }

    private static List<String> infoGebreken(Regels regels) {
        List<String> gebreken = new ArrayList<>();
        RegelsInfo info;
        try {
            info = regels.info();
        } catch (RuntimeException e) {
            gebreken.add("info() gooide " + e);
            return gebreken;
        }
        if (info == null) {
            gebreken.add("info() is null");
            return gebreken;
        }
        if (info.titel().isBlank() || info.vindplaats().isBlank()) {
            gebreken.add("info() heeft een lege titel of vindplaats: " + info);
        }
        if (!info.equals(regels.info())) {
            gebreken.add("info() wisselt tussen twee aanroepen: " + info + " en " + regels.info());
        }
        return gebreken;
    }

    private static List<String> termijnGebreken(java.util.function.Supplier<Termijn> bron, String wat) {
        try {
            Termijn termijn = bron.get();
            if (termijn == null) {
                return List.of(wat + " is null");
            }
            List<String> gebreken = new ArrayList<>(Beschrijving.gebrekenVan(List.of(termijn.grondslag()), wat));
            LocalDate dag = LocalDate.of(2025, 1, 1);
            if (!dag.plus(termijn.duur()).isAfter(dag)) {
                gebreken.add(wat + " is niet positief: " + Beschrijving.duur(termijn.duur()));
            }
            if (!termijn.equals(bron.get())) {
                gebreken.add(wat + " wisselt tussen twee aanroepen");
            }
            return gebreken;
        } catch (RuntimeException e) {
            return List.of(wat + " gooide " + e);
        }
    }

    private static String naam(Regels regels) {
        String titel;
        try {
            titel = Objects.toString(regels.info() == null ? null : regels.info().titel());
        } catch (RuntimeException e) {
            titel = "?";
        }
        return regels.getClass().getSimpleName() + " (" + titel + ")";
    }
}
