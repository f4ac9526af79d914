package nl.samenspraak.mail.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.Test;

import nl.samenspraak.api.mail.Mailsoort;

public class AfmeldtokensTest {

    private final Afmeldtokens tokens = new Afmeldtokens("een geheim van minstens zestien tekens".getBytes(StandardCharsets.UTF_8));

    @Test
    public void aTokenNamesItsUserAndKind() {
        String token = tokens.token("inwoner-denhaag", Mailsoort.BESLUIT_GENOMEN);
        assertEquals(Optional.of(new Afmeldtokens.Afmelding("inwoner-denhaag", Mailsoort.BESLUIT_GENOMEN)), tokens.lees(token));
    }

    @Test
    public void aTokenIsSafeInALinkForAnyUserName() {
        String token = tokens.token("jan de vries+mail@thuis/é", Mailsoort.UITSLAG_RONDE);
        assertTrue(token, token.matches("[A-Za-z0-9_.\\-]+"));
        assertEquals("jan de vries+mail@thuis/é", tokens.lees(token).orElseThrow().gebruiker());
    }

    @Test
    public void aChangedUserOrKindIsRefused() {
        String token = tokens.token("inwoner-denhaag", Mailsoort.BESLUIT_GENOMEN);
        String[] delen = token.split("\\.");
        String ander = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("inwoner-doetinchem".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), tokens.lees(ander + "." + delen[1] + "." + delen[2]));
        assertEquals(Optional.empty(), tokens.lees(delen[0] + ".uitslag_ronde." + delen[2]));
    }

    @Test
    public void aTokenOfAnotherKeyIsRefused() {
        Afmeldtokens ander = new Afmeldtokens("een ander geheim van zestien tekens".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), tokens.lees(ander.token("inwoner-denhaag", Mailsoort.BESLUIT_GENOMEN)));
    }

    @Test
    public void garbageIsRefused() {
        assertEquals(Optional.empty(), tokens.lees(null));
        assertEquals(Optional.empty(), tokens.lees(""));
        assertEquals(Optional.empty(), tokens.lees("a.b"));
        assertEquals(Optional.empty(), tokens.lees("!!.besluit_genomen.??"));
        assertEquals(Optional.empty(), tokens.lees("aW53b25lcg.geen_soort.AAAA"));
    }

    @Test
    public void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Afmeldtokens(new byte[8]));
    }
}
