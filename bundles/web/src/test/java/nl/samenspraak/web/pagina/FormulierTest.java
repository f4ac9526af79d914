package nl.samenspraak.web.pagina;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.Test;

public class FormulierTest {

    @Test
    public void aRequiredFieldLeftEmptyOrBlankGetsItsMessageAndAFilledOneNone() {
        Formulier formulier = new Formulier(Map.of("titel", List.of("  "), "wijk", List.of("Spoorwijk")));
        formulier.verplicht("titel", "Vul de naam in").verplicht("wijk", "Kies de wijk").verplicht("bedrag", "Vul het bedrag in");

        assertEquals("Vul de naam in", formulier.foutBij("titel"));
        assertFalse(formulier.heeftFout("wijk"));
        assertEquals("Vul het bedrag in", formulier.foutBij("bedrag"));
    }

    @Test
    public void theFirstErrorOfAFieldStays() {
        Formulier formulier = Formulier.leeg().fout("titel", "Eerst deze").verplicht("titel", "Dan deze");
        assertEquals("Eerst deze", formulier.foutBij("titel"));
    }
}
