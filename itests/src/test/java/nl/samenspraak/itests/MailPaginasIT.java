package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/**
 * The mail pages in Chromium with axe, like every page: the preferences page (also with its errors) and the
 * unsubscribe page, asked and done, without signing in. The node's unsubscribe key is set here, so the test can sign a
 * link as a mail would carry it.
 */
public class MailPaginasIT extends WebTestSupport {

    private static final String SLEUTEL = "een sleutel alleen voor deze test";

    @Override
    @Configuration
    public Option[] configuration() {
        return SamenspraakTestSupport.distribution(replaceConfigurationFile("deploy/samenspraak-demo.xml",
                new File(SamenspraakTestSupport.requiredProperty("samenspraak.demo.deployment"))),
                editConfigurationFilePut("etc/nl.samenspraak.mail.cfg", "sleutel", SLEUTEL),
                systemTimeout(Duration.ofMinutes(8).toMillis()));
    }

    @Test
    public void hetProfielVoorMailMetFoutenEnZonderAdres() {
        Browser browser = inloggen(browser(), "inwoner-denhaag", "/profiel/mail");
        assertEquals("Mail van Samenspraak", browser.h1());
        keur("mail-profiel");
        browser.typ("adres", "geen adres").druk("Opslaan");
        assertTrue(browser.tekst(), browser.tekst().contains("Vul een e-mailadres in zoals naam@voorbeeld.nl"));
        keur("mail-profiel-fouten");
        browser.typ("adres", "inwoner@denhaag.example.nl").kies("besluit_genomen", "nooit").druk("Opslaan");
        assertTrue(browser.tekst(), browser.tekst().contains("Uw keuzes zijn opgeslagen"));
        keur("mail-profiel-opgeslagen");
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

    /** A link as the node signs it (see the mail bundle's Afmeldtokens). */
    private static String token(String gebruiker, String soort) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String inhoud = b64.encodeToString(gebruiker.getBytes(StandardCharsets.UTF_8)) + "." + soort;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SLEUTEL.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return inhoud + "." + b64.encodeToString(mac.doFinal(inhoud.getBytes(StandardCharsets.UTF_8)));
    }
}
