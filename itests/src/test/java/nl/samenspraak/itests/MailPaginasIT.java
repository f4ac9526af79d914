package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.Test;

/**
 * The mail pages in Chromium with axe, like every page: the preferences page (also with its errors) and the
 * unsubscribe page, asked and done, without signing in. The test signs a link as a mail would carry it, with the key the
 * node made and keeps in the mail bundle's data folder (no key is configured, as in a fresh distribution).
 */
public class MailPaginasIT extends WebTestSupport {

    @Test
    public void hetProfielVoorMailMetFoutenEnZonderAdres() {
        Browser browser = inloggen(browser(), "inwoner-denhaag", "/profiel/mail");
        assertEquals("Mail van Samenspraak", browser.h1());
        keur("mail-profiel");
        browser.typ("adres", "geen adres").druk("Opslaan");
        assertTrue(browser.tekst(), browser.tekst().contains("Vul een e-mailadres in zoals naam@voorbeeld.nl"));
        keur("mail-profiel-fouten");
        browser.typ("adres", "inwoner@denhaag.example.nl").kies("besluit_genomen", "nooit").kies("uitslag_ronde", "dagelijks")
                .druk("Opslaan");
        assertTrue(browser.tekst(), browser.tekst().contains("Uw keuzes zijn opgeslagen"));
        keur("mail-profiel-opgeslagen");
        assertTrue("the daily choice is kept", browser.alle("#uitslag_ronde-dagelijks").get(0).isSelected());
        browser.druk("E-mailadres verwijderen");
        assertTrue(browser.tekst(), browser.tekst().contains("Uw e-mailadres en uw keuzes zijn verwijderd"));
        assertEquals("", browser.veld("adres").getAttribute("value"));
    }

    @Test
    public void afmeldenZonderInloggen() throws Exception {
        Browser browser = browser().open("/mail/afmelden?t=" + token("inwoner-doetinchem", "uitslag_ronde"));
        assertEquals("Afmelden voor mail", browser.h1());
        keur("mail-afmelden");
        browser.druk("Ja, meld mij af");
        assertEquals("U bent afgemeld", browser.h1());
        keur("mail-afgemeld");

        HttpResponse<String> vals = http("GET", "/mail/afmelden?t=" + token("inwoner-doetinchem", "uitslag_ronde") + "x", null, null);
        assertEquals(404, vals.statusCode());
        browser.open("/mail/afmelden?t=vals");
        assertEquals("Deze afmeldlink werkt niet", browser.h1());
        keur("mail-afmelden-ongeldig");
    }

    /**
     * A link as the node signs it (see the mail bundle's Afmeldtokens), with the key the node made and keeps in the
     * mail bundle's data folder.
     */
    private static String token(String gebruiker, String soort) throws Exception {
        Path cache = containerHome().resolve("data").resolve("cache");
        SamenspraakTestSupport.awaitNothingMissing("the node made its unsubscribe key", Duration.ofSeconds(60),
                () -> sleutelbestand(cache).isPresent() ? "" : "no afmeldsleutel under " + cache);
        byte[] sleutel = Base64.getDecoder().decode(Files.readString(sleutelbestand(cache).orElseThrow()).trim());
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String inhoud = b64.encodeToString(gebruiker.getBytes(StandardCharsets.UTF_8)) + "." + soort;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
        return inhoud + "." + b64.encodeToString(mac.doFinal(inhoud.getBytes(StandardCharsets.UTF_8)));
    }

    /** Felix keeps a bundle's data folder at data/cache/bundle<id>/data. */
    private static Optional<Path> sleutelbestand(Path cache) {
        try (Stream<Path> bundels = Files.list(cache)) {
            return bundels.map(b -> b.resolve("data").resolve("afmeldsleutel")).filter(Files::isRegularFile).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
