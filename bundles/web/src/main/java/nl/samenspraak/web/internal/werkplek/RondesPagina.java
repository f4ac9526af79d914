package nl.samenspraak.web.internal.werkplek;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.BudgetService;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.regels.RegelsOntbrekenException;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeService;
import nl.samenspraak.api.wijkbudget.RondeService.NieuweRonde;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Toewijzingsproces;
import nl.samenspraak.web.internal.inwoners.Aanvraagformulier;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/werkplek/rondes}: the gemeente's wijkbudget rounds, and a form to open one for a wijk
 * with the allocation process in force today, its budget and the days each phase is announced for.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/werkplek/rondes")
public class RondesPagina implements Pagina {

    /** The phases whose first day the form asks for; the first phase begins when the round opens. */
    static final List<Fase> GEPLANDE_FASEN = List.of(Fase.STEUN_VERZAMELEN, Fase.HAALBAARHEIDSTOETS, Fase.STEMMEN, Fase.UITSLAG);

    /** An allocation process the form offers: its key and the title of the rules it comes from. */
    public record Proces(String sleutel, String titel) {
    }

    @Reference
    private RondeService rondes;

    @Reference
    private BudgetService budgetten;

    @Reference
    private RegelsRegister regels;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Werkplek.ambtenaar(verzoek);
        return toon(verzoek, Formulier.leeg(), 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gebruiker ambtenaar = Werkplek.ambtenaar(verzoek);
        Gemeente gemeente = verzoek.gemeenteVereist();
        Formulier formulier = verzoek.formulier();
        formulier.verplicht("titel", "Vul de naam van de ronde in");
        if (gemeente.wijk(formulier.waarde("wijk")).isEmpty()) {
            formulier.fout("wijk", "Kies de wijk waarvan de bewoners het budget verdelen");
        }
        Optional<Bedrag> bedrag = Aanvraagformulier.bedrag(formulier, "bedrag");
        formulier.verplicht("budget", "Kies het budget waarop de gekozen plannen worden geboekt");
        Map<Fase, LocalDate> planning = new EnumMap<>(Fase.class);
        for (Fase fase : GEPLANDE_FASEN) {
            String veld = "planning-" + fase.naam();
            if (!formulier.waarde(veld).isEmpty()) {
                Aanvraagformulier.datum(formulier, veld, "de eerste dag van deze fase").ifPresent(d -> planning.put(fase, d));
            }
        }
        if (formulier.heeftFouten()) {
            return toon(verzoek, formulier, 422);
        }
        try {
            Ronde ronde = rondes.open(gemeente.code(), new NieuweRonde(formulier.waarde("titel"), formulier.waarde("wijk"),
                    bedrag.get(), formulier.waarde("budget"), formulier.optioneel("proces"), planning), ambtenaar.naam());
            return Antwoord.naar(Werkplek.pad(gemeente) + "/rondes/" + ronde.id() + "?geopend=ja");
        } catch (OngeldigeInvoerException e) {
            e.overtredingen().forEach(o -> formulier.fout(veld(o.veld()), o.reden()));
            return toon(verzoek, formulier, 422);
        } catch (RegelsOntbrekenException e) {
            formulier.fout("proces", "Voor deze wijk geldt vandaag geen toewijzingsproces: " + e.getMessage()
                    + ". Er is niets opgeslagen.");
            return toon(verzoek, formulier, 422);
        }
    }

    private static String veld(String veld) {
        if (veld.startsWith("planning.")) {
            return "planning-" + veld.substring("planning.".length());
        }
        return switch (veld) {
            case "titel", "wijk", "bedrag", "proces" -> veld;
            case "budgetId" -> "budget";
            default -> "titel";
        };
    }

    private Antwoord toon(Verzoek verzoek, Formulier formulier, int status) {
        String gemeente = verzoek.gemeenteVereist().code();
        LocalDate vandaag = Werkplek.vandaag();
        List<Proces> processen = regels.alle(gemeente).stream()
                .filter(r -> r.regels() instanceof Toewijzingsproces && r.info().geldigOp(vandaag))
                .map(r -> new Proces(((Toewijzingsproces) r.regels()).proces(), r.info().titel())).distinct()
                .sorted(Comparator.comparing(Proces::sleutel)).toList();
        return Werkplek.pagina("rondes.ftlh", "Wijkbudgetrondes").status(status).met("formulier", formulier)
                .met("rondes", rondes.list(gemeente).stream().sorted(Comparator.comparing(Ronde::ingesteldOp).reversed()).toList())
                .met("budgetten", budgetten.list(gemeente)).met("processen", processen).met("geplandeFasen", GEPLANDE_FASEN);
    }
}
