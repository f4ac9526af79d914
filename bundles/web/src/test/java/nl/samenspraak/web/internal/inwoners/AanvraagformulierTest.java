package nl.samenspraak.web.internal.inwoners;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.Wijk;
import nl.samenspraak.api.initiatief.SubsidieaanvraagService.NieuweSubsidieaanvraag;
import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.web.pagina.Formulier;

public class AanvraagformulierTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 1);
    private static final Gemeente DOETINCHEM = new Gemeente("GM0222", "Doetinchem",
            List.of(new Wijk("WK022292", "Overstegen")), "model");

    @Test
    public void readsWhatAResidentTypes() {
        Formulier formulier = formulier("titel", "Buurtfeest", "omschrijving", "Voor de straat", "activiteitOp", "6-2-2027",
                "gevraagd", "€ 1.250,50", "schaal", "STRAAT", "wijk", "WK022292", "leeftijd", "42",
                "ondersteuners", "34, 57;60", "kenmerken", "OPENBAAR_TOEGANKELIJK");
        NieuweSubsidieaanvraag aanvraag = Aanvraagformulier.lees(formulier, DOETINCHEM, VANDAAG).orElseThrow();
        assertFalse(formulier.heeftFouten());
        assertEquals(LocalDate.of(2027, 2, 6), aanvraag.aanvraag().activiteitOp());
        assertEquals(125_050, aanvraag.aanvraag().gevraagdInCenten());
        assertEquals(Schaal.STRAAT, aanvraag.aanvraag().schaal());
        assertEquals(Optional.of("WK022292"), aanvraag.aanvraag().wijk());
        assertEquals(List.of(34, 57, 60), aanvraag.aanvraag().leeftijdenOndersteuners());
        assertEquals(Set.of(Kenmerk.OPENBAAR_TOEGANKELIJK), aanvraag.aanvraag().kenmerken());
        assertEquals(VANDAAG, aanvraag.aanvraag().ingediendOp());
    }

    @Test
    public void everyProblemIsAnErrorOnItsFieldInFormOrder() {
        Formulier formulier = formulier("titel", "", "activiteitOp", "31-2-2027", "gevraagd", "zeven", "schaal", "PLANEET",
                "wijk", "WK051836", "leeftijd", "oud", "ondersteuners", "34, x");
        assertTrue(Aanvraagformulier.lees(formulier, DOETINCHEM, VANDAAG).isEmpty());
        assertEquals(List.of("titel", "omschrijving", "activiteitOp", "gevraagd", "schaal", "wijk", "leeftijd", "ondersteuners"),
                formulier.fouten().stream().map(Formulier.Fout::veld).toList());
        assertEquals("Vul de datum van de activiteit in als dag-maand-jaar, bijvoorbeeld 6-2-2027",
                formulier.foutBij("activiteitOp"));
    }

    @Test
    public void amountsAsResidentsWriteThem() {
        assertEquals(Optional.of(Bedrag.parse("750.00")), Aanvraagformulier.bedrag(formulier("b", "750"), "b"));
        assertEquals(Optional.of(Bedrag.parse("750.50")), Aanvraagformulier.bedrag(formulier("b", "750,5"), "b"));
        assertEquals(Optional.of(Bedrag.parse("1250.00")), Aanvraagformulier.bedrag(formulier("b", "1.250,00"), "b"));
        assertEquals(Optional.empty(), Aanvraagformulier.bedrag(formulier("b", "0"), "b"));
        assertEquals(Optional.empty(), Aanvraagformulier.bedrag(formulier("b", "-5"), "b"));
        assertEquals(Optional.empty(), Aanvraagformulier.bedrag(formulier("b", "1,234"), "b"));
        assertEquals(Optional.of(Bedrag.parse("20000.00")), Aanvraagformulier.bedrag(formulier("b", "20.000"), "b"));
        assertEquals(Optional.of(Bedrag.parse("1250000.00")), Aanvraagformulier.bedrag(formulier("b", "1.250.000"), "b"));
        assertEquals(Optional.of(Bedrag.parse("7.5")), Aanvraagformulier.bedrag(formulier("b", "7.5"), "b"));
        assertEquals(Optional.empty(), Aanvraagformulier.bedrag(formulier("b", "20.00.0"), "b"));
    }

    @Test
    public void aDateInThePastIsRefused() {
        Formulier formulier = formulier("titel", "x", "omschrijving", "y", "activiteitOp", "2026-11-30", "gevraagd", "5",
                "schaal", "BUURT", "leeftijd", "30");
        assertTrue(Aanvraagformulier.lees(formulier, DOETINCHEM, VANDAAG).isEmpty());
        assertTrue(formulier.foutBij("activiteitOp").contains("in het verleden"));
    }

    private static Formulier formulier(String... kv) {
        Map<String, List<String>> waarden = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            waarden.computeIfAbsent(kv[i], k -> new java.util.ArrayList<>()).add(kv[i + 1]);
        }
        return new Formulier(waarden);
    }
}
