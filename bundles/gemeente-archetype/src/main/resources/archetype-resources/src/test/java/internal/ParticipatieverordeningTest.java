package ${package}.internal;

import static nl.samenspraak.rules.testkit.Regelstoets.verordening;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.testkit.Contract;
import nl.samenspraak.rules.testkit.Feiten;

/** The ordinance, checked without Karaf by the platform's rules test kit. */
class ParticipatieverordeningTest {

    private final Participatieverordening verordening = new Participatieverordening();

    @Test
    @DisplayName("de verordening houdt zich aan het contract van het platform")
    void contract() {
        Contract.verordening(verordening);
    }

    @Test
    @DisplayName("de verordening publiceert wat de gemeente heeft vastgesteld")
    void gepubliceerdeFeiten() {
        Feiten.uit(ParticipatieverordeningTest.class, "feiten-verordening.properties").controleer(verordening);
    }

    @Test
    @DisplayName("zienswijzen: zes weken, ook voor een omgevingsplan")
    void zienswijzetermijn() {
        verordening(verordening).zienswijzetermijn(Besluitsoort.OMGEVINGSPLAN).weken(6);
    }
}
