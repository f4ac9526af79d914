package ${package}.internal;

import static nl.samenspraak.rules.testkit.Regelstoets.aanvraag;
import static nl.samenspraak.rules.testkit.Regelstoets.beoordeel;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.rules.testkit.Contract;
import nl.samenspraak.rules.testkit.Feiten;
import nl.samenspraak.rules.testkit.Versies;

/** Both versions of the scheme, checked without Karaf by the platform's rules test kit. */
class BewonersinitiatievenTest {

    private final Bewonersinitiatieven2024 versie2024 = new Bewonersinitiatieven2024();
    private final Bewonersinitiatieven2025 versie2025 = new Bewonersinitiatieven2025();

    @Test
    @DisplayName("elke versie houdt zich aan het contract van het platform")
    void contract() {
        Contract.subsidieregeling(versie2024);
        Contract.subsidieregeling(versie2025);
    }

    @Test
    @DisplayName("elke versie publiceert wat de gemeente heeft vastgesteld")
    void gepubliceerdeFeiten() {
        Feiten.uit(BewonersinitiatievenTest.class, "feiten-2024.properties").controleer(versie2024);
        Feiten.uit(BewonersinitiatievenTest.class, "feiten-2025.properties").controleer(versie2025);
    }

    @Test
    @DisplayName("een aanvraag wordt getoetst aan de versie die gold op de dag van ontvangst")
    void versieOpDeDagVanOntvangst() {
        Versies.verwachtGeldend(LocalDate.of(2024, 12, 31), versie2024, versie2024, versie2025);
        Versies.verwachtGeldend(LocalDate.of(2025, 1, 1), versie2025, versie2024, versie2025);
        Versies.verwachtGeen(LocalDate.of(2023, 12, 31), versie2024, versie2025);
        Versies.controleerGeenOverlap(List.of(versie2024, versie2025));
        Versies.controleerAaneengesloten(List.of(versie2024, versie2025));
    }

    @Test
    @DisplayName("één euro boven het maximum voor een buurt wordt afgewezen, met het artikel")
    void bovenHetMaximum() {
        beoordeel(versie2025, aanvraag().ingediendOp(LocalDate.of(2025, 3, 3)).schaal(Schaal.BUURT).euro(1_501))
                .isAfgewezen().citeertPrecies("art. 4 lid 1 " + Bewonersinitiatieven2025.TITEL);
        beoordeel(versie2025, aanvraag().ingediendOp(LocalDate.of(2025, 3, 3)).schaal(Schaal.BUURT).euro(1_500))
                .isToegekend(150_000);
    }

    @Test
    @DisplayName("een commerciële activiteit wordt afgewezen")
    void commercieel() {
        beoordeel(versie2024, aanvraag().ingediendOp(LocalDate.of(2024, 3, 4)).met(Kenmerk.COMMERCIEEL))
                .isAfgewezen().citeertPrecies("art. 5 " + Bewonersinitiatieven2024.TITEL);
    }
}
