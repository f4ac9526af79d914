package nl.samenspraak.core.internal.regels;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.Test;

public class ToelatingTest {

    private static final String A = "aa".repeat(32);
    private static final String B = "bb".repeat(32);

    private static Herkomst bundel(String gemeente, String locatie, String... ondertekenaars) {
        return new Herkomst("nl.x 1.0.0", Optional.ofNullable(gemeente), locatie, ondertekenaars.length == 0
                ? Handtekening.Uitkomst.niet("Klasse.class is niet ondertekend") : new Handtekening.Uitkomst(Set.of(ondertekenaars), null));
    }

    @Test
    public void aBundleSignedByItsGemeentesSupplierIsAdmittedForThatGemeenteOnly() {
        assertEquals(Optional.empty(), Toelating.weigering(bundel("GM0599", "file:/deploy/x.jar", A), "GM0599", Set.of(A)));
        assertTrue(Toelating.weigering(bundel("GM0599", "file:/deploy/x.jar", A), "GM0518", Set.of(A)).orElseThrow()
                .contains("is voor GM0599 en mag geen regels voor GM0518 leveren"));
    }

    @Test
    public void unsignedOrSignedByAnotherSupplierIsRefused() {
        assertTrue(Toelating.weigering(bundel("GM0599", "file:/deploy/x.jar"), "GM0599", Set.of(A)).orElseThrow()
                .contains("niet geldig ondertekend: Klasse.class is niet ondertekend"));
        assertTrue(Toelating.weigering(bundel("GM0599", "file:/deploy/x.jar", B), "GM0599", Set.of(A)).orElseThrow()
                .contains("ondertekend door " + B + ", niet door de leverancier van GM0599"));
    }

    @Test
    public void aGemeenteWithoutARegisteredSupplierAdmitsNothing() {
        assertTrue(Toelating.weigering(bundel("GM0599", "file:/deploy/x.jar", A), "GM0599", Set.of()).orElseThrow()
                .contains("geen leverancier geregistreerd"));
    }

    @Test
    public void aBundleNamingNoGemeenteIsRefused() {
        assertTrue(Toelating.weigering(bundel(null, "file:/x.jar", A), "GM0599", Set.of(A)).orElseThrow()
                .contains("Samenspraak-Gemeente"));
    }

    @Test
    public void modelRulesComeOnlyFromThePlatformsModelBundle() {
        assertEquals(Optional.empty(), Toelating.weigering(
                bundel("model", "mvn:nl.samenspraak/samenspraak-gemeente-model/0.1.0-SNAPSHOT"), "model", Set.of()));
        assertTrue(Toelating.weigering(bundel("model", "file:/deploy/model.jar", A), "model", Set.of(A)).isPresent());
        assertTrue(Toelating.weigering(bundel("GM0599", "mvn:nl.samenspraak/samenspraak-gemeente-model/0.1.0", A), "model",
                Set.of(A)).isPresent());
    }
}
