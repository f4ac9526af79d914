package nl.samenspraak.core.internal.regels;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Counting the rules services a bundle's component descriptions promise, as bnd writes them. */
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
}
