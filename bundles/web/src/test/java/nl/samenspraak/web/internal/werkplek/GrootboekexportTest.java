package nl.samenspraak.web.internal.werkplek;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.Boeking;
import nl.samenspraak.api.budget.BoekingSoort;

public class GrootboekexportTest {

    @Test
    public void everyEntryOnALineWithExactAmountsInDutchTime() {
        byte[] csv = Grootboekexport.csv(List.of(
                new Boeking(1, "b", BoekingSoort.TOEKENNING, Bedrag.centen(750_00), "Verlening: Buurtfeest", Optional.of("a-1"),
                        Instant.parse("2026-12-01T23:30:00Z"), "ambtenaar-doetinchem"),
                new Boeking(2, "b", BoekingSoort.VRIJVAL, Bedrag.centen(1_234_567_89), "Rest; niet besteed", Optional.empty(),
                        Instant.parse("2026-07-01T10:00:00Z"), "ambtenaar-doetinchem")));
        assertEquals("\uFEFFvolgnummer;geboekt op;soort;bedrag;omschrijving;referentie;geboekt door\r\n"
                + "1;2026-12-02 00:30:00;toekenning;750,00;Verlening: Buurtfeest;a-1;ambtenaar-doetinchem\r\n"
                + "2;2026-07-01 12:00:00;vrijval;1234567,89;\"Rest; niet besteed\";;ambtenaar-doetinchem\r\n",
                new String(csv, StandardCharsets.UTF_8));
    }

    @Test
    public void quotesWhatMustBeQuotedAndNeverLetsATextRunAsAFormula() {
        assertEquals("gewoon", Grootboekexport.veld("gewoon"));
        assertEquals("\"zei \"\"ja\"\"\"", Grootboekexport.veld("zei \"ja\""));
        assertEquals("\"twee\nregels\"", Grootboekexport.veld("twee\nregels"));
        assertEquals("'=SOM(A1:A9)", Grootboekexport.veld("=SOM(A1:A9)"));
        assertEquals("'+31", Grootboekexport.veld("+31"));
        assertEquals("'@x", Grootboekexport.veld("@x"));
        assertEquals("\"'-1;2\"", Grootboekexport.veld("-1;2"));
        assertEquals("", Grootboekexport.veld(""));
    }

    @Test
    public void amountsKeepTheirCents() {
        assertEquals("0,05", Grootboekexport.bedrag(Bedrag.centen(5)));
        assertEquals("10,00", Grootboekexport.bedrag(Bedrag.euro(10)));
    }
}
