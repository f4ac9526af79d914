package nl.samenspraak.http.internal;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.Test;

public class JettyProbleemTest {

    @Test
    public void eachStatusHasItsOwnTypeAndAFixedDetail() {
        assertEquals("{\"type\":\"https://samenspraak.nl/problemen/adres-te-lang\",\"title\":\"Adres te lang\","
                + "\"status\":414,\"detail\":\"Het adres van het verzoek is langer dan 8192 tekens\"}", text(414));
    }

    @Test
    public void anUnlistedStatusKeepsItsNumberAndReadsAsItsClass() {
        assertEquals("{\"type\":\"https://samenspraak.nl/problemen/501\",\"title\":\"Interne fout\",\"status\":501,"
                + "\"detail\":\"Er ging iets mis aan onze kant\"}", text(501));
        assertEquals(true, text(417).contains("\"title\":\"Ongeldig verzoek\",\"status\":417"));
    }

    private static String text(int status) {
        return new String(JettyProbleem.json(status), StandardCharsets.UTF_8);
    }
}
