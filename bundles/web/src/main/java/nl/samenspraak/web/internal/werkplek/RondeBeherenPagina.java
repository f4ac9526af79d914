package nl.samenspraak.web.internal.werkplek;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.regels.RegelsOntbrekenException;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.FaseException;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeService;
import nl.samenspraak.api.wijkbudget.UitslagService;
import nl.samenspraak.web.internal.inwoners.Aanvraagformulier;
import nl.samenspraak.web.internal.inwoners.RondePagina;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/werkplek/rondes/{id}}: one wijkbudget round: its set-up and planning; moving it to a
 * next phase; the feasibility check of each plan (feasible or not, the reason, the final cost); and, once voting is
 * open, closing the vote, which runs the allocation process and publishes the result on the residents' page.
 * Voting codes and paper ballots have their own pages below this one.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/werkplek/rondes/{id}")
public class RondeBeherenPagina implements Pagina {

    @Reference
    private RondeService rondes;

    @Reference
    private UitslagService uitslagen;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Werkplek.ambtenaar(verzoek);
        Ronde ronde = rondes.get(verzoek.gemeenteVereist().code(), verzoek.pad("id"));
        return toon(verzoek, ronde, Formulier.leeg(), 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gebruiker ambtenaar = Werkplek.ambtenaar(verzoek);
        Gemeente gemeente = verzoek.gemeenteVereist();
        Ronde ronde = rondes.get(gemeente.code(), verzoek.pad("id"));
        Formulier formulier = verzoek.formulier();
        String hier = Werkplek.pad(gemeente) + "/rondes/" + ronde.id();
        return switch (formulier.waarde("actie")) {
            case "fase" -> naarFase(verzoek, ronde, formulier, ambtenaar, hier);
            case "toets" -> toets(verzoek, ronde, formulier, ambtenaar, hier);
            case "sluiten" -> sluit(verzoek, ronde, formulier, ambtenaar, hier);
            default -> throw new PaginaFout(400, "Dit formulier kennen we niet", "Er is niets opgeslagen.",
                    "Ga terug naar de ronde en probeer het opnieuw.");
        };
    }

    private Antwoord naarFase(Verzoek verzoek, Ronde ronde, Formulier formulier, Gebruiker ambtenaar, String hier) {
        Optional<Fase> fase = volgende(ronde).stream().filter(f -> f.name().equals(formulier.waarde("fase"))).findFirst();
        if (fase.isEmpty()) {
            formulier.fout("fase", "Kies de fase waarnaar de ronde gaat");
            return toon(verzoek, ronde, formulier, 422);
        }
        try {
            rondes.naarFase(ronde.gemeente(), ronde.id(), fase.get(), ambtenaar.naam());
            return Antwoord.naar(hier + "?verder=ja");
        } catch (FaseException e) {
            formulier.fout("fase", e.getMessage() + ". Er is niets opgeslagen.");
            return toon(verzoek, ronde, formulier, 409);
        }
    }

    private Antwoord toets(Verzoek verzoek, Ronde ronde, Formulier formulier, Gebruiker ambtenaar, String hier) {
        Plan plan = rondes.plannen(ronde.gemeente(), ronde.id()).stream().filter(p -> p.id().equals(formulier.waarde("plan")))
                .findFirst().orElseThrow(() -> PaginaFout.nietGevonden("Dit plan hoort niet bij deze ronde."));
        String haalbaarVeld = "haalbaar-" + plan.id();
        String toetsingVeld = "toetsing-" + plan.id();
        String kostenVeld = "kosten-" + plan.id();
        Boolean haalbaar = switch (formulier.waarde(haalbaarVeld)) {
            case "ja" -> Boolean.TRUE;
            case "nee" -> Boolean.FALSE;
            default -> null;
        };
        if (haalbaar == null) {
            formulier.fout(haalbaarVeld, "Kies of " + plan.titel() + " haalbaar is");
        }
        if (formulier.waarde(toetsingVeld).isEmpty()) {
            formulier.fout(toetsingVeld, "Schrijf op waarom " + plan.titel() + " wel of niet haalbaar is; de indiener leest het");
        }
        Optional<Bedrag> kosten = formulier.waarde(kostenVeld).isEmpty() ? Optional.empty()
                : Aanvraagformulier.bedrag(formulier, kostenVeld);
        if (formulier.heeftFouten()) {
            return toon(verzoek, ronde, formulier, 422);
        }
        try {
            rondes.toets(ronde.gemeente(), ronde.id(), plan.id(), haalbaar, formulier.waarde(toetsingVeld), kosten, ambtenaar.naam());
            return Antwoord.naar(hier + "?getoetst=" + plan.id() + "#plan-" + plan.id());
        } catch (OngeldigeInvoerException e) {
            e.overtredingen().forEach(o -> formulier.fout(switch (o.veld()) {
                case "kosten" -> kostenVeld;
                case "haalbaar" -> haalbaarVeld;
                default -> toetsingVeld;
            }, o.reden()));
            return toon(verzoek, ronde, formulier, 422);
        } catch (FaseException e) {
            formulier.fout(haalbaarVeld, e.getMessage() + ". Er is niets opgeslagen.");
            return toon(verzoek, ronde, formulier, 409);
        }
    }

    private Antwoord sluit(Verzoek verzoek, Ronde ronde, Formulier formulier, Gebruiker ambtenaar, String hier) {
        try {
            uitslagen.sluit(ronde.gemeente(), ronde.id(), ambtenaar.naam());
            return Antwoord.naar(hier + "?gesloten=ja");
        } catch (FaseException | RegelsOntbrekenException e) {
            formulier.fout("sluiten", e.getMessage() + ". Er is niets opgeslagen.");
            return toon(verzoek, ronde, formulier, 409);
        }
    }

    /** The phases a civil servant may move the round to now; voting ends only by closing it. */
    static List<Fase> volgende(Ronde ronde) {
        if (ronde.fase() == Fase.UITSLAG) {
            return List.of(Fase.UITVOERING);
        }
        return Arrays.stream(Fase.values()).filter(f -> f.compareTo(ronde.fase()) > 0 && f.compareTo(Fase.STEMMEN) <= 0).toList();
    }

    private Antwoord toon(Verzoek verzoek, Ronde ronde, Formulier formulier, int status) {
        List<Plan> plannen = rondes.plannen(ronde.gemeente(), ronde.id());
        Map<String, Plan> perId = plannen.stream().collect(Collectors.toMap(Plan::id, Function.identity()));
        List<Plan> gekozen = ronde.uitslag().map(u -> u.gekozen().stream().map(perId::get).filter(p -> p != null).toList())
                .orElse(List.of());
        return Werkplek.pagina("ronde-beheren.ftlh", "Wijkbudgetronde: " + ronde.titel()).status(status)
                .met("ronde", ronde).met("plannen", plannen).met("gekozen", gekozen).met("formulier", formulier)
                .met("volgende", volgende(ronde)).met("planning", Arrays.stream(Fase.values())
                        .filter(f -> ronde.planning().containsKey(f))
                        .map(f -> new RondePagina.Stap(f, ronde.planning().get(f), f == ronde.fase())).toList())
                .met("geopend", verzoek.parameter("geopend").isPresent()).met("verder", verzoek.parameter("verder").isPresent())
                .met("getoetst", verzoek.parameter("getoetst").flatMap(id -> Optional.ofNullable(perId.get(id))).orElse(null))
                .met("gesloten", verzoek.parameter("gesloten").isPresent())
                .met("ingelezen", verzoek.parameter("ingelezen").filter(n -> n.matches("\\d{1,9}")).orElse(""))
                .met("nietIngelezen", verzoek.parameter("geweigerd").filter(n -> n.matches("\\d{1,9}")).orElse(""));
    }
}
