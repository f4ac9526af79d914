package nl.samenspraak.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import nl.samenspraak.api.mail.Bericht;
import nl.samenspraak.api.mail.Berichtstatus;
import nl.samenspraak.api.mail.Mailsoort;

public class OutboxoverzichtTest {

    private static final Instant OP = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    public void aFailingMessageShowsItsErrorAndNextAttempt() {
        Bericht faalt = new Bericht("b-1", "GM0518", Mailsoort.BESLUIT_GENOMEN, Optional.of("inwoner-denhaag"), Optional.empty(),
                "i-1", Map.of(), Berichtstatus.WACHTEND, 3, OP.plusSeconds(40), Optional.of("MailConnectException: refused"), OP,
                Optional.empty());
        List<String> rij = Outboxoverzicht.berichten(List.of(faalt)).rijen().get(0);
        assertEquals(List.of("b-1", "GM0518", "besluit_genomen", "inwoner-denhaag", "faalt", "3", "2026-12-01 10:00:00",
                "volgende poging 2026-12-01 10:00:40", "MailConnectException: refused"), rij);
    }

    @Test
    public void aVoteReceiptsAddressIsNeverShown() {
        Bericht bewijs = new Bericht("b-2", "GM0518", Mailsoort.STEMBEWIJS, Optional.empty(), Optional.of("kiezer@example.org"),
                "r-1", Map.of(), Berichtstatus.WACHTEND, 0, OP, Optional.empty(), OP, Optional.empty());
        List<String> rij = Outboxoverzicht.berichten(List.of(bewijs)).rijen().get(0);
        assertEquals("(opgegeven adres)", rij.get(3));
        assertFalse(rij.toString().contains("kiezer@example.org"));
    }

    @Test
    public void theCountNamesEveryStatus() {
        Map<Berichtstatus, Long> telling = new EnumMap<>(Berichtstatus.class);
        telling.put(Berichtstatus.WACHTEND, 2L);
        telling.put(Berichtstatus.BEZIG, 0L);
        telling.put(Berichtstatus.VERZONDEN, 5L);
        telling.put(Berichtstatus.VERVALLEN, 1L);
        assertEquals("wachtend 2, bezig 0, verzonden 5, vervallen 1", Outboxoverzicht.telling(telling));
    }
}
