package nl.samenspraak.web.internal.inwoners;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.wijkbudget.FaseException;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeService;
import nl.samenspraak.api.wijkbudget.RondeService.NieuwPlan;
import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/wijkbudgetten/{ronde}}: a wijkbudget round with its phase and dates, the plans
 * with their cost and description; while plans may be submitted and supported, a signed-in resident does that
 * here ({@code actie=indienen} or {@code actie=steun}).
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/wijkbudgetten/{ronde}")
public class RondePagina implements Pagina {

    @Reference
    private RondeService rondes;

    /** One phase of the round's planning: its first day as announced (null when not announced), and whether it is now. */
    public record Stap(nl.samenspraak.api.wijkbudget.Fase fase, java.time.LocalDate vanaf, boolean nu) {
    }

    @Override
    public Antwoord get(Verzoek verzoek) {
        return pagina(verzoek, Formulier.leeg(), 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Gebruiker gebruiker = Inwoners.indiener(verzoek.aangemeldeGebruiker(), gemeente);
        String rondeId = verzoek.pad("ronde");
        Formulier formulier = verzoek.formulier();
        try {
            if (formulier.waarde("actie").equals("steun")) {
                Plan plan = rondes.steun(gemeente.code(), rondeId, formulier.waarde("plan"), gebruiker.naam());
                return Antwoord.naar(bevestiging(gemeente, rondeId, "gesteund", plan));
            }
            formulier.verplicht("titel", "Geef uw plan een naam");
            formulier.verplicht("omschrijving", "Vertel wat uw plan is");
            var kosten = Aanvraagformulier.bedrag(formulier, "kosten");
            if (formulier.heeftFouten()) {
                return pagina(verzoek, formulier, 422);
            }
            Plan plan = rondes.dienPlanIn(gemeente.code(), rondeId, new NieuwPlan(formulier.waarde("titel"),
                    formulier.waarde("omschrijving"), kosten.orElse(Bedrag.NUL)), gebruiker.naam());
            return Antwoord.naar(bevestiging(gemeente, rondeId, "ingediend", plan));
        } catch (OngeldigeInvoerException e) {
            e.overtredingen().forEach(o -> formulier.fout(o.veld().equals("geschatteKosten") ? "kosten"
                    : List.of("titel", "omschrijving").contains(o.veld()) ? o.veld() : "titel", o.reden()));
            return pagina(verzoek, formulier, 422);
        } catch (FaseException e) {
            throw new PaginaFout(409, "Dit kan nu niet meer", e.getMessage() + ". Er is niets opgeslagen.",
                    "Bekijk op de pagina van het wijkbudget wat er nu kan.");
        }
    }

    /**
     * After a POST the resident lands on the round again (POST-redirect-GET), told what just happened; the plan id
     * in the address only picks the plan named in that message, it stores nothing.
     */
    private static String bevestiging(Gemeente gemeente, String rondeId, String wat, Plan plan) {
        return "/gemeenten/" + gemeente.code() + "/wijkbudgetten/" + rondeId + "?" + wat + "="
                + java.net.URLEncoder.encode(plan.id(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private Antwoord pagina(Verzoek verzoek, Formulier formulier, int status) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Ronde ronde = rondes.get(gemeente.code(), verzoek.pad("ronde"));
        List<Plan> plannen = rondes.plannen(gemeente.code(), ronde.id());
        java.util.Optional<Plan> ingediend = verzoek.parameter("ingediend")
                .flatMap(id -> plannen.stream().filter(p -> p.id().equals(id)).findFirst());
        java.util.Optional<Plan> gesteund = verzoek.parameter("gesteund")
                .flatMap(id -> plannen.stream().filter(p -> p.id().equals(id)).findFirst());
        // each confirmation is a page of its own for the resident (and for a screen reader's title)
        String titel = ingediend.map(p -> "Plan ingediend: " + ronde.titel())
                .or(() -> gesteund.map(p -> "Plan gesteund: " + ronde.titel())).orElse(ronde.titel());
        List<Stap> planning = java.util.Arrays.stream(nl.samenspraak.api.wijkbudget.Fase.values())
                .filter(f -> ronde.planning().containsKey(f) || f == ronde.fase())
                .map(f -> new Stap(f, ronde.planning().get(f), f == ronde.fase())).toList();
        return Inwoners.pagina("ronde.ftlh", titel).met("ronde", ronde).met("plannen", plannen)
                .met("ingediend", ingediend.orElse(null)).met("gesteund", gesteund.orElse(null))
                .met("planning", planning)
                .met("wijk", gemeente.wijk(ronde.wijk()).map(w -> w.naam()).orElse(ronde.wijk()))
                .met("formulier", formulier).status(status);
    }
}
