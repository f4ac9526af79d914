package nl.samenspraak.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.Regelingsfeiten;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Toewijzingsproces;
import nl.samenspraak.rules.Verordening;
import nl.samenspraak.testsupport.NepGemeenten;

public class OverzichtTest {

    private static final LocalDate VANDAAG = LocalDate.of(2025, 6, 1);

    private final GemeenteRegistry gemeenten = new NepGemeenten(new Gemeente("GM0222", "Doetinchem", List.of(), Regels.MODEL),
            new Gemeente("GM0518", "'s-Gravenhage", List.of()));


    /** The model rules: an old scheme that ended, and the one in force. */
    private final RegelsRegister register = new RegelsRegister() {
        @Override
        public List<GeldendeRegels<Regels>> alle(String gemeente) {
            if (!gemeente.equals("GM0222")) {
                return List.of();
            }
            return List.of(
                    new GeldendeRegels<>(regeling(RegelsInfo.vanaf("Oud", "cvdr1", LocalDate.of(2020, 1, 1))
                            .tot(LocalDate.of(2024, 12, 31))), RegelsInfo.vanaf("Oud", "cvdr1", LocalDate.of(2020, 1, 1))
                            .tot(LocalDate.of(2024, 12, 31)), "nl.samenspraak.gemeente-model", "0.1.0"),
                    new GeldendeRegels<>(regeling(RegelsInfo.vanaf("Nieuw", "cvdr2", LocalDate.of(2025, 1, 1))),
                            RegelsInfo.vanaf("Nieuw", "cvdr2", LocalDate.of(2025, 1, 1)), "nl.samenspraak.gemeente-model",
                            "0.2.0"));
        }

        @Override
        public Optional<GeldendeRegels<Verordening>> verordening(String gemeente, LocalDate datum) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<GeldendeRegels<Subsidieregeling>> subsidieregeling(String gemeente, String regeling,
                LocalDate datum) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<GeldendeRegels<Toewijzingsproces>> toewijzingsproces(String gemeente, String proces,
                LocalDate datum) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    public void gemeentenShowsTheRulesInForceAndTheGemeentenWithout() {
        Overzicht.Tabel tabel = Overzicht.gemeenten(gemeenten, register, VANDAAG);
        assertEquals(List.of(
                List.of("GM0222", "Doetinchem", "model", "nl.samenspraak.gemeente-model", "0.2.0", "subsidieregeling", "Nieuw"),
                List.of("GM0518", "'s-Gravenhage", "eigen", "-", "-", "-", "geen regels: besluiten krijgen 503")),
                tabel.rijen());
        assertEquals(7, tabel.koppen().size());
    }

    @Test
    public void regelsShowsWhatIsInForceOnTheDate() {
        Gemeente doetinchem = gemeenten.find("GM0222").orElseThrow();
        assertEquals(List.of(List.of("subsidieregeling", "bewonersinitiatief", "Oud", "2020-01-01", "2024-12-31",
                "nl.samenspraak.gemeente-model", "0.1.0", "cvdr1")),
                Overzicht.regels(doetinchem, register, LocalDate.of(2024, 6, 1)).rijen());
        assertEquals("Nieuw", Overzicht.regels(doetinchem, register, VANDAAG).rijen().get(0).get(2));
        assertEquals(List.of(), Overzicht.regels(doetinchem, register, LocalDate.of(2019, 1, 1)).rijen());
    }

    @Test
    public void anEmptyTableOfRulesSaysWhyAndWhatToDo() {
        Gemeente denhaag = gemeenten.find("GM0518").orElseThrow();
        Gemeente doetinchem = gemeenten.find("GM0222").orElseThrow();

        String geenBundel = Overzicht.geenRegels(denhaag, register, VANDAAG).orElseThrow();
        assertTrue(geenBundel, geenBundel.contains("geen regelsbundel met gemeente=GM0518"));
        assertTrue(geenBundel, geenBundel.contains("regels = model"));
        assertTrue(geenBundel, geenBundel.contains("503"));
        String teVroeg = Overzicht.geenRegels(doetinchem, register, LocalDate.of(2019, 1, 1)).orElseThrow();
        assertTrue(teVroeg, teVroeg.contains("de vroegste geldt vanaf 2020-01-01"));
        assertEquals(Optional.empty(), Overzicht.geenRegels(doetinchem, register, VANDAAG));
    }

    @Test
    public void aDateMustBeIso() {
        assertEquals(LocalDate.of(2025, 1, 31), SamenspraakActie.datum("2025-01-31"));
        try {
            SamenspraakActie.datum("31-01-2025");
        } catch (IllegalArgumentException e) {
            assertEquals("Geen datum als JJJJ-MM-DD: '31-01-2025'", e.getMessage());
            return;
        }
        throw new AssertionError("expected IllegalArgumentException");
    }

    private static Subsidieregeling regeling(RegelsInfo info) {
        return new Subsidieregeling() {
            @Override
            public RegelsInfo info() {
                return info;
            }

            @Override
            public String regeling() {
                return "bewonersinitiatief";
            }

            @Override
            public Regelingsfeiten feiten() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Beoordeling beoordeel(Subsidieaanvraag aanvraag) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    public void explainsABesluitWithEveryReasonAndItsRules() {
        Besluit besluit = new Besluit("b1", "i1", Besluit.Besluittype.SUBSIDIEVERLENING,
                nl.samenspraak.rules.Beoordeling.Uitkomst.AFGEWEZEN, Optional.empty(),
                List.of(new nl.samenspraak.rules.Reden("art. 4 lid 1", "Te duur"), new nl.samenspraak.rules.Reden("art. 5", "Niet openbaar")),
                LocalDate.of(2025, 3, 1), new Besluit.Herkomst("Regeling", "cvdr", LocalDate.of(2025, 1, 1), Optional.empty(),
                        "nl.samenspraak.gemeente-model", "0.1.0"),
                "ambtenaar", java.time.Instant.parse("2025-03-20T10:00:00Z"));
        Overzicht.Tabel tabel = Overzicht.besluiten(List.of(besluit));
        assertEquals(2, tabel.rijen().size());
        assertEquals(List.of("2025-03-20T10:00:00Z", "subsidieverlening: afgewezen", "2025-03-01",
                "Regeling (nl.samenspraak.gemeente-model 0.1.0)", "art. 4 lid 1", "Te duur"), tabel.rijen().get(0));
        assertEquals(List.of("", "", "", "", "art. 5", "Niet openbaar"), tabel.rijen().get(1));
    }

    @Test
    public void admissionEventsOldestFirstWithSignerAndGemeente() {
        java.time.Instant t = java.time.Instant.parse("2026-12-02T01:00:00Z");
        List<nl.samenspraak.api.regels.Toelatingsgebeurtenis> gebeurtenissen = List.of(
                new nl.samenspraak.api.regels.Toelatingsgebeurtenis(t, nl.samenspraak.api.regels.Toelatingsgebeurtenis.Soort.GEINSTALLEERD,
                        "nl.gm0599 1.0.0", "GM0599", "eb60", "van file:/deploy/gm0599.jar"),
                new nl.samenspraak.api.regels.Toelatingsgebeurtenis(t, nl.samenspraak.api.regels.Toelatingsgebeurtenis.Soort.GEWEIGERD,
                        "nl.gm0599 1.0.0", "GM0518", "eb60", "de bundel is voor GM0599"));
        Overzicht.Tabel alle = Overzicht.toelating(gebeurtenissen, null);
        assertEquals(List.of("Tijd", "Gebeurtenis", "Gemeente", "Bundel", "Certificaat (SHA-256)", "Toelichting"), alle.koppen());
        assertEquals(List.of("2026-12-02T01:00:00Z", "geweigerd", "GM0518", "nl.gm0599 1.0.0", "eb60", "de bundel is voor GM0599"),
                alle.rijen().get(1));
        assertEquals(1, Overzicht.toelating(gebeurtenissen, "GM0518").rijen().size());
    }
}
