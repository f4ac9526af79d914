package nl.samenspraak.muren.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.Test;

public class ImportgrensTest {

    private static final long JDK = 0;
    private static final long SPI = 12;
    private static final long GM0599 = 200;
    private static final long GM0518 = 201;

    private static Optional<String> gemeenteImporteert(String pakket, long aanbieder, boolean aanbiederOmmuurd) {
        return Importgrens.waaromNiet(new Importgrens.Draad(Importgrens.PACKAGE, pakket, true, "GM0599", GM0599,
                aanbiederOmmuurd, aanbiederOmmuurd ? "GM0518" : null, aanbieder, "aanbieder 1.0.0"));
    }

    @Test
    public void aGemeenteBundleWiresToTheRulesSpiTheAllocationApiAndJava() {
        assertEquals(Optional.empty(), gemeenteImporteert("nl.samenspraak.rules", SPI, false));
        assertEquals(Optional.empty(), gemeenteImporteert("nl.samenspraak.allocation", SPI, false));
        assertEquals(Optional.empty(), gemeenteImporteert("java.util", JDK, false));
    }

    @Test
    public void everythingElseIsRefusedWithTheReason() {
        for (String pakket : new String[] { "javax.sql", "javax.persistence", "org.osgi.framework", "org.osgi.service.cm",
                "org.apache.karaf.jaas.config", "nl.samenspraak.api.health", "org.apache.derby.jdbc",
                "nl.samenspraak.allocation.pabulib", "nl.samenspraak.core.internal.regels" }) {
            Optional<String> waarom = gemeenteImporteert(pakket, SPI, false);
            assertTrue(pakket, waarom.isPresent());
            assertTrue(waarom.get(), waarom.get().contains(pakket));
        }
    }

    @Test
    public void theSpiAndJavaComeOnlyFromThePlatformAndTheJdk() {
        assertTrue(gemeenteImporteert("nl.samenspraak.rules", GM0518, true).isPresent());
        assertTrue(gemeenteImporteert("java.util", SPI, false).isPresent());
    }

    @Test
    public void thePlatformNeverWiresToAGemeenteBundle() {
        Optional<String> waarom = Importgrens.waaromNiet(new Importgrens.Draad(Importgrens.PACKAGE, "nl.samenspraak.api",
                false, null, 50, true, "GM0599", GM0599, "nl.gm0599 1.0.0"));
        assertTrue(waarom.isPresent());
        assertEquals(Optional.empty(), Importgrens.waaromNiet(new Importgrens.Draad(Importgrens.PACKAGE, "nl.samenspraak.api",
                false, null, 50, false, null, 51, "nl.samenspraak.api 1.0.0")));
    }

    @Test
    public void aBundleMayImportWhatItExportsItself() {
        assertEquals(Optional.empty(), gemeenteImporteert("nl.gm0599.eigen", GM0599, true));
    }

    @Test
    public void requireBundleOnlyOfTheSpiAndFragmentsOnlyOfItsOwnGemeente() {
        assertEquals(Optional.empty(), Importgrens.waaromNiet(new Importgrens.Draad(Importgrens.BUNDLE,
                "nl.samenspraak.rules-api", true, "GM0599", GM0599, false, null, SPI, "rules-api")));
        assertTrue(Importgrens.waaromNiet(new Importgrens.Draad(Importgrens.BUNDLE, "nl.samenspraak.core", true, "GM0599",
                GM0599, false, null, 13, "core")).isPresent());
        assertTrue(Importgrens.waaromNiet(new Importgrens.Draad(Importgrens.HOST, "nl.samenspraak.core", true, "GM0599",
                GM0599, false, null, 13, "core")).isPresent());
        assertTrue(Importgrens.waaromNiet(new Importgrens.Draad(Importgrens.HOST, "nl.gm0518", true, "GM0599", GM0599,
                true, "GM0518", GM0518, "nl.gm0518")).isPresent());
        assertEquals(Optional.empty(), Importgrens.waaromNiet(new Importgrens.Draad(Importgrens.HOST, "nl.gm0599", true,
                "GM0599", GM0599, true, "GM0599", 202, "nl.gm0599")));
    }

    @Test
    public void deployLocationsAreRecognisedThroughUrlHandlers() {
        Gemeentebundels bundels = new Gemeentebundels(Path.of("/opt/samenspraak/deploy"));
        assertTrue(bundels.uitDeploy("file:/opt/samenspraak/deploy/gm0599.jar"));
        assertTrue(bundels.uitDeploy("file:///opt/samenspraak/deploy/gm0599.jar"));
        assertTrue(bundels.uitDeploy("wrap:file:/opt/samenspraak/deploy/gm0599.jar$Bundle-SymbolicName=x"));
        assertTrue(!bundels.uitDeploy("file:/opt/samenspraak/deploy-oud/gm0599.jar"));
        assertTrue(!bundels.uitDeploy("mvn:nl.samenspraak/samenspraak-gemeente-model/0.1.0"));
    }

    @Test
    public void onlyRulesServicesCrossTheWall() {
        assertTrue(Dienstgrens.regels(new String[] { "nl.samenspraak.rules.Subsidieregeling" }));
        assertTrue(!Dienstgrens.regels(new String[] { "nl.samenspraak.rules.RegelsRegister" }));
        assertTrue(!Dienstgrens.regels(new String[] { "nl.samenspraak.rules.Verordening", "nl.samenspraak.api.health.HealthCheck" }));
        assertTrue(!Dienstgrens.regels(new String[] { "org.apache.karaf.jaas.config.JaasRealm" }));
    }
}
