package nl.samenspraak.core.internal.regels;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regelingsfeiten;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.testsupport.NepGemeenten;

public class GeinstalleerdeRegelsTest {

    private static final LocalDate JAN_1_2025 = LocalDate.of(2025, 1, 1);

    private final GemeenteRegistry gemeenten = new NepGemeenten(new Gemeente("GM0518", "'s-Gravenhage", List.of()),
            new Gemeente("GM0222", "Doetinchem", List.of(), Regels.MODEL));


    private final GeinstalleerdeRegels register = new GeinstalleerdeRegels(gemeenten, Overbrugging.SYSTEEM,
            GeinstalleerdeRegels.config(Map.of("brug_ms", 0L)));

    private void registreer(Subsidieregeling regels, String voor, Optional<String> sleutel, String bundel, String versie,
            long serviceId, int ranking) {
        register.registreer(Subsidieregeling.class, regels, voor, sleutel, bundel, versie, serviceId, serviceId, ranking);
    }

    @Test
    public void saysWhetherNoBundleIsInstalledOrNoVersionIsInForce() {
        assertEquals("er is geen regelbundel geïnstalleerd die daarover beslist",
                register.waaromGeen("GM0518", Subsidieregeling.class, "bewonersinitiatief", JAN_1_2025));
        registreer(regeling("Oud", LocalDate.of(2010, 1, 1), Optional.of(LocalDate.of(2019, 12, 31))), "GM0518",
                Optional.of("bewonersinitiatief"), "nl.gm0518", "1.0.0", 1, 0);
        registreer(regeling("Nieuw", LocalDate.of(2020, 1, 1), Optional.of(LocalDate.of(2024, 12, 31))), "GM0518",
                Optional.of("bewonersinitiatief"), "nl.gm0518", "1.0.0", 2, 0);
        assertEquals("de regelbundel nl.gm0518 1.0.0 is geïnstalleerd, maar geen versie geldt op 2025-01-01: de versies "
                + "gelden 2010-01-01 tot 2019-12-31, 2020-01-01 tot 2024-12-31",
                register.waaromGeen("GM0518", Subsidieregeling.class, "bewonersinitiatief", JAN_1_2025));
        assertEquals("er is geen regelbundel geïnstalleerd die daarover beslist (GM0222 volgt de regels van 'model')",
                register.waaromGeen("GM0222", Subsidieregeling.class, "bewonersinitiatief", JAN_1_2025));
    }

    @Test
    public void picksTheVersionInForceOnTheDate() {
        registreer(regeling("Oud", LocalDate.of(2010, 1, 1), Optional.of(JAN_1_2025.minusDays(1))), "GM0518",
                Optional.of("bewonersinitiatief"), "nl.gm0518", "1.0.0", 1, 0);
        registreer(regeling("Nieuw", JAN_1_2025, Optional.empty()), "GM0518", Optional.of("bewonersinitiatief"),
                "nl.gm0518", "2.0.0", 2, 0);

        assertEquals("Oud", titel(LocalDate.of(2024, 12, 31)));
        assertEquals("Nieuw", titel(JAN_1_2025));
        assertEquals("2.0.0",
                register.subsidieregeling("GM0518", "bewonersinitiatief", JAN_1_2025).orElseThrow().bundelversie());
        assertTrue(register.subsidieregeling("GM0518", "bewonersinitiatief", LocalDate.of(2009, 12, 31)).isEmpty());
    }

    @Test
    public void laterStartWinsWhereTwoOverlap() {
        registreer(regeling("Doorlopend", LocalDate.of(2010, 1, 1), Optional.empty()), "GM0518",
                Optional.of("bewonersinitiatief"), "a", "1", 1, 0);
        registreer(regeling("Vervangend", JAN_1_2025, Optional.empty()), "GM0518",
                Optional.of("bewonersinitiatief"), "b", "1", 2, 0);
        assertEquals("Doorlopend", titel(LocalDate.of(2024, 6, 1)));
        assertEquals("Vervangend", titel(LocalDate.of(2025, 6, 1)));
    }

    @Test
    public void failsClosedWithoutRulesAndAfterWithdrawal() {
        assertTrue(register.verordening("GM0518", JAN_1_2025).isEmpty());
        registreer(regeling("R", JAN_1_2025, Optional.empty()), "GM0518", Optional.of("bewonersinitiatief"),
                "a", "1", 7, 0);
        assertTrue(register.subsidieregeling("GM0518", "andere-regeling", JAN_1_2025).isEmpty());
        register.trekIn(7);
        assertTrue(register.subsidieregeling("GM0518", "bewonersinitiatief", JAN_1_2025).isEmpty());
        assertTrue(register.subsidieregeling("GM9999", "bewonersinitiatief", JAN_1_2025).isEmpty());
    }

    @Test
    public void aGemeenteThatAdoptedTheModelGetsTheModelRulesOnly() {
        registreer(regeling("Model", LocalDate.of(2000, 1, 1), Optional.empty()), Regels.MODEL,
                Optional.of("bewonersinitiatief"), "model", "1", 1, 0);
        registreer(regeling("Eigen Den Haag", LocalDate.of(2000, 1, 1), Optional.empty()), "GM0518",
                Optional.of("bewonersinitiatief"), "gm0518", "1", 2, 0);
        assertEquals("Model", register.subsidieregeling("GM0222", "bewonersinitiatief", JAN_1_2025).orElseThrow()
                .info().titel());
        assertEquals(List.of("Eigen Den Haag"), register.alle("GM0518").stream().map(r -> r.info().titel()).toList());
    }

    @Test
    public void servicesWithoutGemeenteOrBrokenInfoAreIgnored() {
        registreer(regeling("Zonder gemeente", JAN_1_2025, Optional.empty()), null,
                Optional.of("bewonersinitiatief"), "a", "1", 1, 0);
        Subsidieregeling kapot = new Regeling(null) {
            @Override
            public RegelsInfo info() {
                throw new IllegalStateException("kapot");
            }
        };
        registreer(kapot, "GM0518", Optional.of("bewonersinitiatief"), "b", "1", 2, 0);
        assertTrue(register.alle("GM0518").isEmpty());
    }

    private String titel(LocalDate datum) {
        return register.subsidieregeling("GM0518", "bewonersinitiatief", datum).orElseThrow().info().titel();
    }

    private static Subsidieregeling regeling(String titel, LocalDate vanaf, Optional<LocalDate> tot) {
        return new Regeling(new RegelsInfo(titel, "test", vanaf, tot));
    }

    private static class Regeling implements Subsidieregeling {
        private final RegelsInfo info;

        Regeling(RegelsInfo info) {
            this.info = info;
        }

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
            return Beoordeling.afgewezen(List.of(new Reden("art. 1", "test")));
        }
    }
}
