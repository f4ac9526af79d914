package nl.samenspraak.core.internal.gemeente;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.Huisstijl;
import nl.samenspraak.api.gemeente.Wijk;

public class GemeenteConfigParserTest {

    @Test
    public void readsCodeNaamAndWijkenSortedByCode() throws Exception {
        Gemeente gemeente = GemeenteConfigParser.parse(Map.of("code", "GM0518", "naam", " 's-Gravenhage ",
                "wijk.WK051838", "Spoorwijk", "wijk.WK051825", "Mariahoeve", "service.pid", "x",
                "felix.fileinstall.filename", "file:/etc/x.cfg"));
        assertEquals("GM0518", gemeente.code());
        assertEquals("'s-Gravenhage", gemeente.naam());
        assertEquals(List.of(new Wijk("WK051825", "Mariahoeve"), new Wijk("WK051838", "Spoorwijk")), gemeente.wijken());
    }

    @Test
    public void ownRulesUnlessTheModelIsAdopted() throws Exception {
        assertEquals("GM0518", GemeenteConfigParser.parse(Map.of("code", "GM0518", "naam", "X")).regels());
        assertEquals("model",
                GemeenteConfigParser.parse(Map.of("code", "GM0222", "naam", "X", "regels", "model")).regels());
        assertMessage(Map.of("code", "GM0222", "naam", "X", "regels", "modle"), "'regels' = 'modle' must be 'model'");
    }

    @Test
    public void readsTheTrustedSuppliersFingerprintsAsKeytoolPrintsThem() throws Exception {
        String hex = "eb60aec15f194f7a06cd3d54bae81c9be3084a2553c2ab469f5612a362280ac4";
        String keytool = "EB:60:AE:C1:5F:19:4F:7A:06:CD:3D:54:BA:E8:1C:9B:E3:08:4A:25:53:C2:AB:46:9F:56:12:A3:62:28:0A:C4";
        assertEquals(java.util.Set.of(hex), GemeenteConfigParser.leveranciers(Map.of("leverancier.certificaat", keytool)));
        assertEquals(java.util.Set.of(hex, "aa".repeat(32)), GemeenteConfigParser.leveranciers(
                Map.of("leverancier.certificaat", hex + ", " + "AA".repeat(32))));
        assertEquals(java.util.Set.of(), GemeenteConfigParser.leveranciers(Map.of("code", "GM0518")));
        InvalidGemeenteConfigurationException fout = assertThrows(InvalidGemeenteConfigurationException.class,
                () -> GemeenteConfigParser.leveranciers(Map.of("leverancier.certificaat", "EB:60:AE")));
        assertTrue(fout.getMessage(), fout.getMessage().contains("geen SHA-256-vingerafdruk"));
    }

    @Test
    public void refusesMissingOrMalformedCode() {
        assertMessage(Map.of("naam", "X"), "'code' is missing");
        assertMessage(Map.of("code", "GM518", "naam", "X"), "'code' = 'GM518' is not a CBS gemeente code");
        assertMessage(Map.of("code", "0518", "naam", "X"), "is not a CBS gemeente code");
    }

    @Test
    public void refusesMissingNaam() {
        assertMessage(Map.of("code", "GM0518"), "'naam' is missing for gemeente GM0518");
        assertMessage(Map.of("code", "GM0518", "naam", "  "), "'naam' is missing");
    }

    @Test
    public void refusesWijkOfAnotherGemeenteOrWithoutName() {
        assertMessage(Map.of("code", "GM0518", "naam", "X", "wijk.WK022201", "Centrum"),
                "'WK022201' is not a CBS wijk code of GM0518");
        assertMessage(Map.of("code", "GM0518", "naam", "X", "wijk.WK051801", ""), "'wijk.WK051801' has no name");
    }

    @Test
    public void huisstijlIsOptionalAndItsAddressesAreHttpsOrLocalPaths() throws Exception {
        Gemeente standaard = GemeenteConfigParser.parse(Map.of("code", "GM0518", "naam", "'s-Gravenhage"));
        assertEquals(Huisstijl.STANDAARD, standaard.huisstijl());
        assertEquals("'s-Gravenhage", standaard.getoondeNaam());

        Gemeente eigen = GemeenteConfigParser.parse(Map.of("code", "GM0518", "naam", "'s-Gravenhage",
                "huisstijl.css", "https://cdn.denhaag.nl/huisstijl.css", "huisstijl.logo", "/huisstijl/denhaag.svg",
                "huisstijl.naam", "Gemeente Den Haag"));
        assertEquals(new Huisstijl(Optional.of("https://cdn.denhaag.nl/huisstijl.css"),
                Optional.of("/huisstijl/denhaag.svg"), Optional.of("Gemeente Den Haag")), eigen.huisstijl());
        assertEquals("Gemeente Den Haag", eigen.getoondeNaam());

        assertMessage(Map.of("code", "GM0518", "naam", "X", "huisstijl.css", "http://cdn.denhaag.nl/x.css"),
                "'huisstijl.css' = 'http://cdn.denhaag.nl/x.css' of gemeente GM0518 must be an https:// URL");
        assertMessage(Map.of("code", "GM0518", "naam", "X", "huisstijl.logo", "//elders.nl/logo.svg"),
                "'huisstijl.logo'");
        assertMessage(Map.of("code", "GM0518", "naam", "X", "huisstijl.css", "javascript:alert(1)"), "'huisstijl.css'");
    }

    private static void assertMessage(Map<String, ?> properties, String expected) {
        InvalidGemeenteConfigurationException e = assertThrows(InvalidGemeenteConfigurationException.class,
                () -> GemeenteConfigParser.parse(properties));
        assertTrue(e.getMessage(), e.getMessage().contains(expected));
    }
}
