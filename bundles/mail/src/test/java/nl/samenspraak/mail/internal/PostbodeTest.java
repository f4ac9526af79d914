package nl.samenspraak.mail.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.After;
import org.junit.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.samenspraak.api.mail.Bericht;
import nl.samenspraak.api.mail.Berichtstatus;
import nl.samenspraak.api.mail.Frequentie;
import nl.samenspraak.api.mail.Mailsoort;
import nl.samenspraak.api.mail.NieuwBericht;

/**
 * The sender against a real SMTP server (GreenMail, started here): who gets what, who gets nothing, and a server
 * that is down for a while loses nothing and sends nothing twice.
 */
public class PostbodeTest {

    private static final Instant BEGIN = Instant.parse("2026-12-01T09:00:00Z");

    private final int poort = vrijePoort();
    private final GeheugenOutbox outbox = new GeheugenOutbox();
    private final GeheugenMailadressen adressen = new GeheugenMailadressen();
    private final Afzenders afzenders = new Afzenders();
    private final Afmeldtokens tokens = new Afmeldtokens("een geheim van minstens zestien tekens".getBytes(StandardCharsets.UTF_8));
    private Instant nu = BEGIN;
    private GreenMail smtp;

    @After
    public void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    public void aMessageGoesToTheUsersAddressFromTheGemeenteWithItsUnsubscribeLink() throws Exception {
        start();
        afzenders.zet("denhaag", Afzender.uit(Map.of("code", "GM0518", "naam", "'s-Gravenhage",
                Afzender.ANTWOORDADRES, "participatie@denhaag.example.nl")).orElseThrow());
        adressen.bewaar("inwoner-denhaag", "inwoner@example.org");
        outbox.plaats(NieuwBericht.aan("inwoner-denhaag", "GM0518", Mailsoort.ZIENSWIJZE_ONTVANGEN, "i-1",
                Map.of("titel", "Ontwerp Moerwijk", "ontvangenOp", "2026-12-01", "pad", "/gemeenten/GM0518/initiatieven/i-1")), nu);

        assertEquals(1, postbode().ronde());

        MimeMessage[] ontvangen = smtp.getReceivedMessages();
        assertEquals(1, ontvangen.length);
        MimeMessage mail = ontvangen[0];
        assertEquals("inwoner@example.org", ((InternetAddress) mail.getAllRecipients()[0]).getAddress());
        assertEquals("Gemeente 's-Gravenhage", ((InternetAddress) mail.getFrom()[0]).getPersonal());
        assertEquals("noreply@samenspraak.example.nl", ((InternetAddress) mail.getFrom()[0]).getAddress());
        assertEquals("participatie@denhaag.example.nl", ((InternetAddress) mail.getReplyTo()[0]).getAddress());
        assertEquals("Uw zienswijze is ontvangen: Ontwerp Moerwijk", mail.getSubject());
        String token = tokens.token("inwoner-denhaag", Mailsoort.ZIENSWIJZE_ONTVANGEN);
        assertEquals("<https://samenspraak.example.nl/mail/afmelden?t=" + token + ">", mail.getHeader("List-Unsubscribe")[0]);
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body, body.contains("https://samenspraak.example.nl/gemeenten/GM0518/initiatieven/i-1"));
    }

    @Test
    public void nobodyIsMailedWithoutAnAddressOrAgainstTheirWish() throws Exception {
        start();
        adressen.bewaar("wil-niet", "wil-niet@example.org");
        adressen.stelIn("wil-niet", Mailsoort.BESLUIT_GENOMEN, Frequentie.NOOIT);
        Bericht zonderAdres = outbox.plaats(besluit("zonder-adres"), nu);
        Bericht wilNiet = outbox.plaats(besluit("wil-niet"), nu);
        Bericht ambtenaren = outbox.plaats(NieuwBericht.aanAmbtenaren("GM0222", Mailsoort.UITDAAGVERZOEK_ONTVANGEN, "u-1",
                Map.of("titel", "Groen", "referentie", "u-1", "soort", "uitdaagrecht", "ontvangenOp", "2026-12-01")), nu);

        assertEquals(0, postbode().ronde());

        assertEquals(0, smtp.getReceivedMessages().length);
        assertEquals(Berichtstatus.VERVALLEN, outbox.find(zonderAdres.id()).orElseThrow().status());
        assertEquals(Berichtstatus.VERVALLEN, outbox.find(wilNiet.id()).orElseThrow().status());
        assertEquals(Optional.of("gemeente GM0222 heeft geen mail.ambtenaren in haar configuratie"),
                outbox.find(ambtenaren.id()).orElseThrow().laatsteFout());
    }

    @Test
    public void civilServantsGetTheirMailAtTheGemeentesAddress() throws Exception {
        start();
        afzenders.zet("doetinchem", Afzender.uit(Map.of("code", "GM0222", "naam", "Doetinchem",
                Afzender.AMBTENAREN, "uitdaagrecht@doetinchem.example.nl")).orElseThrow());
        outbox.plaats(NieuwBericht.aanAmbtenaren("GM0222", Mailsoort.UITDAAGVERZOEK_ONTVANGEN, "u-1",
                Map.of("titel", "Groen", "referentie", "u-1", "soort", "uitdaagrecht", "ontvangenOp", "2026-12-01")), nu);

        assertEquals(1, postbode().ronde());

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("uitdaagrecht@doetinchem.example.nl", ((InternetAddress) mail.getAllRecipients()[0]).getAddress());
        assertEquals("Nieuw verzoek uitdaagrecht: Groen", mail.getSubject());
        assertEquals(null, mail.getHeader("List-Unsubscribe"));
    }

    @Test
    public void aServerThatIsDownForAWhileLosesNothingAndSendsNothingTwice() throws Exception {
        for (int i = 0; i < 5; i++) {
            adressen.bewaar("inwoner-" + i, "inwoner-" + i + "@example.org");
            outbox.plaats(besluit("inwoner-" + i), nu);
        }
        Postbode postbode = postbode();

        assertEquals("nothing listens yet", 0, postbode.ronde());
        assertEquals(5, outbox.lijst(Optional.of(Berichtstatus.WACHTEND), 10).stream().filter(Bericht::faalt).count());
        nu = nu.plusSeconds(5);
        assertEquals("the backoff holds them back", 0, postbode.ronde());

        start();
        nu = nu.plusSeconds(5);
        assertEquals(5, postbode.ronde());
        nu = nu.plus(Duration.ofHours(2));
        assertEquals(0, postbode.ronde());

        assertEquals(5, smtp.getReceivedMessages().length);
        for (int i = 0; i < 5; i++) {
            assertEquals(1, smtp.getReceivedMessagesForDomain("example.org").length > 0 ? 1 : 0);
            String adres = "inwoner-" + i + "@example.org";
            long aantal = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return ((InternetAddress) m.getAllRecipients()[0]).getAddress().equals(adres);
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            assertEquals(adres + " got it once", 1, aantal);
        }
        assertEquals(5L, (long) outbox.telling().get(Berichtstatus.VERZONDEN));
    }

    @Test
    public void whatAResidentWantsOnceADayComesTheNextMorningInOneOverviewWithEachSubjectAndLinkAndNobodyElseGetsIt()
            throws Exception {
        start();
        adressen.bewaar("dagelijks", "dagelijks@example.org");
        adressen.stelIn("dagelijks", Mailsoort.BESLUIT_GENOMEN, Frequentie.DAGELIJKS);
        adressen.stelIn("dagelijks", Mailsoort.VRAGENLIJST_UITNODIGING, Frequentie.DAGELIJKS);
        adressen.stelIn("dagelijks", Mailsoort.PLAN_GETOETST, Frequentie.DAGELIJKS);
        adressen.bewaar("meteen", "meteen@example.org");
        outbox.plaats(besluit("dagelijks"), nu);
        outbox.plaats(uitnodiging("dagelijks"), nu);
        Bericht plan = outbox.plaats(NieuwBericht.aan("dagelijks", "GM0518", Mailsoort.PLAN_GETOETST, "r-1", Map.of("plan", "Bankjes",
                "haalbaar", "true", "pad", "/gemeenten/GM0518/wijkbudgetten/r-1")), nu);
        outbox.plaats(zienswijze("dagelijks"), nu);
        outbox.plaats(besluit("meteen"), nu);
        Postbode postbode = postbode();
        DagoverzichtPlanner planner = planner(postbode);

        assertEquals("what is wanted at once goes at once", 2, postbode.ronde());
        assertEquals(List.of("dagelijks@example.org Uw zienswijze is ontvangen: Ontwerp Moerwijk", "meteen@example.org Besluit over Buurtfeest: afgewezen"),
                ontvangen());
        assertEquals(3, outbox.lijst(Optional.of(Berichtstatus.UITGESTELD), 10).size());
        assertEquals("made after today's overview (08:00): tomorrow's", 0, planner.plan());

        nu = Instant.parse("2026-12-02T06:59:00Z");
        assertEquals("07:59 Dutch time: not yet", 0, planner.plan());
        adressen.stelIn("dagelijks", Mailsoort.PLAN_GETOETST, Frequentie.NOOIT);
        nu = Instant.parse("2026-12-02T07:00:00Z");
        assertEquals(1, planner.plan());
        assertEquals("another node, or the next round, places none", 0, planner(postbode).plan());
        assertEquals(1, postbode.ronde());

        List<String> alles = ontvangen();
        assertEquals(3, alles.size());
        assertTrue(alles.toString(), alles.contains("dagelijks@example.org Uw overzicht van 2 december 2026: 2 berichten"));
        MimeMessage overzicht = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().startsWith("Uw overzicht");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        String tekst = (String) ((jakarta.mail.internet.MimeMultipart) overzicht.getContent()).getBodyPart(0).getContent();
        assertTrue(tekst, tekst.contains("Besluit over Buurtfeest: afgewezen") && tekst.contains("https://samenspraak.example.nl/gemeenten/GM0518/initiatieven/i-1"));
        assertTrue(tekst, tekst.contains("Hoe ging het? Een korte vragenlijst over Buurtfeest")
                && tekst.contains("https://samenspraak.example.nl/gemeenten/GM0518/vragenlijsten/i-1.besluit"));
        assertTrue("a kind switched to never is not in it: " + tekst, !tekst.contains("Bankjes"));
        assertEquals(Berichtstatus.VERVALLEN, outbox.find(plan.id()).orElseThrow().status());
        assertEquals("<https://samenspraak.example.nl/mail/afmelden?t=" + tokens.token("dagelijks", Mailsoort.DAGOVERZICHT) + ">",
                overzicht.getHeader("List-Unsubscribe")[0]);
        assertEquals(2L, (long) outbox.telling().get(Berichtstatus.GEBUNDELD));
        assertEquals(0, planner.plan());
        assertEquals(0, postbode.ronde());
    }

    @Test
    public void aKindSwitchedBackToAtOnceBeforeTheOverviewGoesOutOnItsOwn() throws Exception {
        start();
        adressen.bewaar("inwoner", "inwoner@example.org");
        adressen.stelIn("inwoner", Mailsoort.BESLUIT_GENOMEN, Frequentie.DAGELIJKS);
        outbox.plaats(besluit("inwoner"), nu);
        Postbode postbode = postbode();
        assertEquals(0, postbode.ronde());
        adressen.stelIn("inwoner", Mailsoort.BESLUIT_GENOMEN, Frequentie.DIRECT);
        nu = Instant.parse("2026-12-02T07:30:00Z");

        assertEquals(0, planner(postbode).plan());
        assertEquals(1, postbode.ronde());
        assertEquals(List.of("inwoner@example.org Besluit over Buurtfeest: afgewezen"), ontvangen());
    }

    private DagoverzichtPlanner planner(Postbode postbode) {
        return new DagoverzichtPlanner(outbox, adressen, postbode::onderwerp, postbode::link, DagoverzichtPlanner.STANDAARD, klok());
    }

    private List<String> ontvangen() throws jakarta.mail.MessagingException {
        List<String> result = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            result.add(((InternetAddress) m.getAllRecipients()[0]).getAddress() + " " + m.getSubject());
        }
        result.sort(null);
        return result;
    }

    private NieuwBericht uitnodiging(String gebruiker) {
        return NieuwBericht.aan(gebruiker, "GM0518", Mailsoort.VRAGENLIJST_UITNODIGING, "i-1.besluit", Map.of("titel", "Buurtfeest",
                "aanleiding", "besluit", "vragenlijst", "i-1.besluit", "pad", "/gemeenten/GM0518/vragenlijsten/i-1.besluit"));
    }

    private NieuwBericht zienswijze(String gebruiker) {
        return NieuwBericht.aan(gebruiker, "GM0518", Mailsoort.ZIENSWIJZE_ONTVANGEN, "i-2",
                Map.of("titel", "Ontwerp Moerwijk", "ontvangenOp", "2026-12-01", "pad", "/gemeenten/GM0518/initiatieven/i-2"));
    }

    private NieuwBericht besluit(String gebruiker) {
        return NieuwBericht.aan(gebruiker, "GM0518", Mailsoort.BESLUIT_GENOMEN, "i-1", Map.of("referentie", "i-1",
                "titel", "Buurtfeest", "soort", "bewonersinitiatief", "uitkomst", "afgewezen", "redenen", "art. 2: te laat",
                "genomenOp", "2026-12-01", "bezwaarTot", "2027-01-12", "pad", "/gemeenten/GM0518/initiatieven/i-1"));
    }

    private Postbode postbode() {
        Smtp server = new Smtp("127.0.0.1", poort, false, "", "", "noreply@samenspraak.example.nl", 2000);
        return new Postbode(outbox, adressen, afzenders, new Sjablonen(getClass().getClassLoader(), Optional.empty()), tokens,
                server::verstuur, "https://samenspraak.example.nl/", "test", Duration.ofMinutes(2), Backoff.STANDAARD, klok());
    }

    /** The test's clock: {@link #nu}, as the test moves it. */
    private Clock klok() {
        return new Clock() {
            @Override
            public Instant instant() {
                return nu;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
    }

    private void start() {
        smtp = new GreenMail(new ServerSetup(poort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private static int vrijePoort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
