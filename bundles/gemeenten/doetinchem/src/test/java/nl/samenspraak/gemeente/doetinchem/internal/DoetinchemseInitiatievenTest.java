package nl.samenspraak.gemeente.doetinchem.internal;

import static nl.samenspraak.rules.testkit.Regelstoets.aanvraag;
import static nl.samenspraak.rules.testkit.Regelstoets.beoordeel;
import static nl.samenspraak.rules.testkit.Regelstoets.termijn;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import nl.samenspraak.rules.Ondersteuning;
import nl.samenspraak.rules.Ondersteuning.Vorm;
import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.testkit.AanvraagBouwer;
import nl.samenspraak.rules.testkit.SubsidieregelingContract;
import nl.samenspraak.rules.testkit.Versies;

public class DoetinchemseInitiatievenTest extends SubsidieregelingContract {

    private final DoetinchemseInitiatieven regeling = new DoetinchemseInitiatieven();

    @Override
    protected Subsidieregeling regelingOnderToets() {
        return regeling;
    }

    @Test
    public void grantsMoneyUpToTheModelMaximum() {
        beoordeel(regeling, aanvraag().euro(5_000)).isToegekend(500_000).citeertPrecies("verlening")
                .toelichtingBevat("EUR 5.000,00");
        beoordeel(regeling, aanvraag().centen(500_001)).isAfgewezen().citeertPrecies("maximum")
                .toelichtingBevat("advies en ondersteuning blijven beschikbaar");
    }

    @Test
    public void supportAloneIsGrantedWithoutMoney() {
        beoordeel(regeling, aanvraag().centen(0)).isToegekend(0).citeertPrecies("overheidsparticipatie")
                .toelichtingBevat("advies");
    }

    @Test
    public void refusesEachUnmetConditionAndNamesThemAll() {
        beoordeel(regeling, aanvraag().aanvrager(17)).isAfgewezen().citeertPrecies("aanvrager");
        beoordeel(regeling, aanvraag().zonder(Kenmerk.OPENBAAR_TOEGANKELIJK)).isAfgewezen().citeertPrecies("toegankelijkheid");
        for (Kenmerk k : List.of(Kenmerk.COMMERCIEEL, Kenmerk.POLITIEK, Kenmerk.RELIGIEUS)) {
            beoordeel(regeling, aanvraag().met(k)).isAfgewezen().citeertPrecies("uitgesloten activiteiten");
        }
        beoordeel(regeling, aanvraag().euro(6_000).aanvrager(15).zonder(Kenmerk.OPENBAAR_TOEGANKELIJK).met(Kenmerk.POLITIEK))
                .isAfgewezen().citeertPrecies("uitgesloten activiteiten", "maximum", "aanvrager", "toegankelijkheid");
    }

    @Test
    public void theGemeenteJoinsAsAdviserPartnerAndProcessGuide() {
        assertEquals(List.of(Vorm.ADVIES, Vorm.PARTNERSCHAP), vormen(aanvraag()));
        assertEquals(List.of(Vorm.ADVIES), vormen(aanvraag().zonder(Kenmerk.PAST_IN_WIJKAGENDA)));
        assertEquals(List.of(Vorm.ADVIES, Vorm.PARTNERSCHAP, Vorm.PROCESBEGELEIDING), vormen(aanvraag().schaal(Schaal.WIJK)));
        // also when the money is refused...
        assertEquals(List.of(Vorm.ADVIES, Vorm.PARTNERSCHAP), vormen(aanvraag().euro(9_000)));
        // ...but never for excluded activities
        assertEquals(List.of(), vormen(aanvraag().met(Kenmerk.COMMERCIEEL)));
        beoordeel(regeling, aanvraag().schaal(Schaal.STAD)).isToegekend().toelichtingBevat("procesbegeleiding");
    }

    @Test
    public void awbTermAndDates() {
        termijn(regeling.feiten().beslistermijn()).weken(8).citeert("art. 4:13 Awb");
        assertEquals(java.util.Optional.empty(), regeling.verdaging());
        Versies.verwachtGeen(LocalDate.of(2024, 12, 31), regeling);
        Versies.verwachtGeldend(LocalDate.of(2025, 1, 1), regeling, regeling);
        Versies.controleerGeenOverlap(List.of(regeling, new DoetinchemseParticipatieverordening()));
    }

    private List<Vorm> vormen(AanvraagBouwer aanvraag) {
        return regeling.ondersteuning(aanvraag.bouw()).stream().map(Ondersteuning::vorm).toList();
    }
}
