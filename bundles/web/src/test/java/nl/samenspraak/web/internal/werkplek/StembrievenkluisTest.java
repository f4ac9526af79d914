package nl.samenspraak.web.internal.werkplek;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DeflaterOutputStream;

import org.junit.Test;

import nl.samenspraak.api.kluis.Kluis;
import nl.samenspraak.api.wijkbudget.StemService.Kiezer;
import nl.samenspraak.web.internal.werkplek.Kiezerslijst.Bewoner;
import nl.samenspraak.web.internal.werkplek.StempassenPagina.Brief;

/**
 * The letters' PDF is offered once, to the session that issued the codes, for ten minutes, from a kluis every node
 * shares: two kluis components on one store stand for two nodes on one database.
 */
public class StembrievenkluisTest {

    /** The database's side: compartments by name, as {@link Kluis} promises them. */
    private static final class Kluisvakken implements Kluis {
        private record Vak(byte[] inhoud, Instant tot) {
        }

        final Map<String, Vak> vakken = new ConcurrentHashMap<>();

        @Override
        public void leg(String vak, byte[] inhoud, Instant geldigTot) {
            if (vakken.putIfAbsent(vak, new Vak(inhoud.clone(), geldigTot)) != null) {
                throw new IllegalStateException("filled twice: " + vak);
            }
        }

        @Override
        public Optional<byte[]> bekijk(String vak, Instant nu) {
            return Optional.ofNullable(vakken.get(vak)).filter(v -> v.tot().isAfter(nu)).map(v -> v.inhoud().clone());
        }

        @Override
        public boolean haalLeeg(String vak) {
            return vakken.remove(vak) != null;
        }

        @Override
        public int ruimOp(Instant nu) {
            int voor = vakken.size();
            vakken.values().removeIf(v -> !v.tot().isAfter(nu));
            return voor - vakken.size();
        }
    }

    private Instant nu = Instant.parse("2027-02-01T09:00:00Z");
    private final Clock klok = new Clock() {
        @Override
        public Instant instant() {
            return nu;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };
    private final Kluisvakken database = new Kluisvakken();
    private final Stembrievenkluis nodeA = new Stembrievenkluis(database, klok);
    private final Stembrievenkluis nodeB = new Stembrievenkluis(database, klok);

    private static Stembrievenkluis.Stembrieven brieven() {
        return new Stembrievenkluis.Stembrieven("GM0222", "r1", List.of(
                new Brief(new Bewoner(2, new Kiezer("K-001", LocalDate.of(1980, 5, 17), "Spoorwijk"), "Şahin", "Stationsweg 1",
                        "7001 AA", "Doetinchem"), "K7Q2-M4XP"),
                new Brief(new Bewoner(3, new Kiezer("K-002", LocalDate.of(2009, 1, 2), null), null, null, null, null), "R9T3-W8ZN")),
                "https://x/stemmen", Optional.of(LocalDate.of(2027, 3, 1)), Optional.empty(), LocalDate.of(2027, 2, 1));
    }

    @Test
    public void eenKeerEnAlleenVoorDezelfdeSessieOpElkeNode() {
        Stembrievenkluis.Stembrieven brieven = brieven();
        String sleutel = nodeA.bewaar("sessie-a", brieven);
        assertTrue("unguessable: 256 bits", sleutel.length() >= 43);
        assertEquals(Optional.empty(), nodeB.neem(sleutel, "sessie-b", "GM0222", "r1"));
        assertEquals("not through another gemeente", Optional.empty(), nodeB.neem(sleutel, "sessie-a", "GM0518", "r1"));
        assertEquals("nor another round", Optional.empty(), nodeB.neem(sleutel, "sessie-a", "GM0222", "r2"));
        assertEquals("the download reached the other node", Optional.of(brieven), nodeB.neem(sleutel, "sessie-a", "GM0222", "r1"));
        assertEquals("gone after the download", Optional.empty(), nodeA.neem(sleutel, "sessie-a", "GM0222", "r1"));
        assertNotEquals(nodeA.bewaar("sessie-a", brieven), nodeA.bewaar("sessie-a", brieven));
    }

    @Test
    public void nietNaTienMinutenEnDanOpgeruimd() {
        String sleutel = nodeA.bewaar("sessie-a", brieven());
        String later = nodeA.bewaar("sessie-a", brieven());
        nu = nu.plus(Stembrievenkluis.GELDIG).minusSeconds(1);
        assertTrue(nodeB.neem(later, "sessie-a", "GM0222", "r1").isPresent());
        nu = nu.plus(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), nodeB.neem(sleutel, "sessie-a", "GM0222", "r1"));
        nodeA.bewaar("sessie-a", brieven());
        assertEquals("the expired one went when the next was put away", 1, database.vakken.size());
    }

    @Test
    public void deDatabaseZietGeenStemcodeEnGeenSleutel() throws Exception {
        String sleutel = nodeA.bewaar("sessie-a", brieven());
        Map.Entry<String, Kluisvakken.Vak> vak = database.vakken.entrySet().iterator().next();
        assertFalse("the compartment's name is not the link's key", vak.getKey().contains(sleutel));
        String opgeslagen = new String(vak.getValue().inhoud(), StandardCharsets.ISO_8859_1);
        for (String leesbaar : List.of("K7Q2-M4XP", "Şahin", "Stationsweg", "GM0222")) {
            assertFalse(leesbaar, opgeslagen.contains(leesbaar));
        }
    }

    @Test
    public void eenVeranderdVakOfEenValseSleutelOpentNiets() {
        String sleutel = nodeA.bewaar("sessie-a", brieven());
        assertEquals(Optional.empty(), nodeA.neem("geen-sleutel!", "sessie-a", "GM0222", "r1"));
        assertEquals(Optional.empty(), nodeA.neem(Zegel.nieuw().tekst(), "sessie-a", "GM0222", "r1"));
        database.vakken.replaceAll((naam, vak) -> {
            byte[] anders = vak.inhoud().clone();
            anders[anders.length - 1] ^= 1;
            return new Kluisvakken.Vak(anders, vak.tot());
        });
        assertEquals(Optional.empty(), nodeA.neem(sleutel, "sessie-a", "GM0222", "r1"));
    }

    @Test
    public void tienduizendBrievenPassenInEenVakVanEnkeleMegabytes() {
        List<Brief> veel = Arrays.stream(new int[10_000]).boxed().map(i -> brieven().brieven().get(0)).toList();
        Stembrievenkluis.Stembrieven groot = new Stembrievenkluis.Stembrieven("GM0222", "r1", veel, "https://x/stemmen",
                Optional.empty(), Optional.empty(), LocalDate.of(2027, 2, 1));
        String sleutel = nodeA.bewaar("sessie-a", groot);
        int bytes = database.vakken.values().iterator().next().inhoud().length;
        assertTrue(bytes + " bytes", bytes < 2_000_000);
        assertEquals(groot, nodeB.neem(sleutel, "sessie-a", "GM0222", "r1").orElseThrow());
    }

    @Test
    public void eenAnderFormaatWordtGeweigerdNietVerkeerdGelezen() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream uit = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            uit.writeInt(2);
        }
        try {
            Stembrievenformaat.lees(bytes.toByteArray());
        } catch (IllegalArgumentException verwacht) {
            assertTrue(verwacht.getMessage(), verwacht.getMessage().contains("format 2"));
            return;
        }
        throw new AssertionError("a node reads only the format it knows");
    }
}
