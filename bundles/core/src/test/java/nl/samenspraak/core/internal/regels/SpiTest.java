package nl.samenspraak.core.internal.regels;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Hashtable;
import java.util.Map;

import org.junit.Test;
import org.osgi.framework.Bundle;

/** Which bundles take part as rules bundles, and the rules services their component descriptions promise. */
public class SpiTest {

    private static final String REGELING = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="nl.x.Regeling"%s>
              <property name="gemeente" type="String" value="GM0363"/>
              <service>
                <provide interface="nl.samenspraak.rules.Subsidieregeling"/>
              </service>
              <implementation class="nl.x.Regeling"/>
            </scr:component>""";

    @Test
    public void aComponentProvidingAnSpiInterfaceCounts() {
        assertEquals(1, Spi.verwachteRegels(String.format(REGELING, "")));
        assertEquals(1, Spi.verwachteRegels(String.format(REGELING, " immediate=\"true\"")));
    }

    @Test
    public void componentsThatDoNotRegisterOfThemselvesDoNotCount() {
        assertEquals(0, Spi.verwachteRegels(String.format(REGELING, " enabled=\"false\"")));
        assertEquals(0, Spi.verwachteRegels(String.format(REGELING, " configuration-policy=\"require\"")));
        assertEquals(0, Spi.verwachteRegels(String.format(REGELING, " factory=\"regels\"")));
        assertEquals(0, Spi.verwachteRegels(String.format(REGELING, "").replace("nl.samenspraak.rules.Subsidieregeling",
                "nl.samenspraak.api.health.HealthCheck")));
        assertEquals(0, Spi.verwachteRegels("""
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="nl.x.Start" immediate="true">
                  <implementation class="nl.x.Start"/>
                </scr:component>"""));
    }

    @Test
    public void everyComponentOfAFileCounts() {
        String twee = "<components>" + String.format(REGELING, "").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")
                + String.format(REGELING, "").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")
                        .replace("Subsidieregeling", "Verordening") + "</components>";
        assertEquals(2, Spi.verwachteRegels(twee));
    }

    @Test
    public void thePlatformsOwnBundlesAreNoRulesBundles() {
        assertTrue(Spi.vanHetPlatform(bundel("mvn:nl.samenspraak/samenspraak-rest/0.1.0", Map.of())));
        assertTrue(Spi.vanHetPlatform(bundel("file:/opt/x.jar", Map.of("Export-Package", "nl.x.api"))));
        assertTrue(Spi.vanHetPlatform(bundel("file:/opt/x.jar", Map.of("Karaf-Commands", "*"))));
    }

    @Test
    public void aBundleThatNamesAGemeenteOrComesFromElsewhereIsNoneOfThePlatforms() {
        assertFalse(Spi.vanHetPlatform(bundel("mvn:nl.samenspraak/samenspraak-gemeente-model/0.1.0",
                Map.of(Herkomst.KOP, "model", "Export-Package", "nl.x.api"))));
        assertFalse(Spi.vanHetPlatform(bundel("file:/opt/karaf/deploy/gm0363-regels.jar", Map.of())));
    }

    private static Bundle bundel(String locatie, Map<String, String> koppen) {
        Hashtable<String, String> headers = new Hashtable<>(koppen);
        return (Bundle) Proxy.newProxyInstance(SpiTest.class.getClassLoader(), new Class<?>[] { Bundle.class },
                (proxy, methode, argumenten) -> switch (methode.getName()) {
                case "getHeaders" -> headers;
                case "getLocation" -> locatie;
                default -> throw new UnsupportedOperationException(methode.getName());
                });
    }
}
