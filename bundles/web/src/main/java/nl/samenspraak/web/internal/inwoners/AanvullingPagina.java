package nl.samenspraak.web.internal.inwoners;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.SubsidieaanvraagService;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.SubsidieaanvraagService.NieuweSubsidieaanvraag;
import nl.samenspraak.api.initiatief.OvergangNietToegestaanException;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Subsidiegegevens;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/mijn-aanvragen/{id}/aanvulling}: when the gemeente asks for more, the applicant
 * completes the application here (the form starts with what they sent before); the decision clock runs again.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/mijn-aanvragen/{id}/aanvulling")
public class AanvullingPagina implements Pagina {

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private SubsidieaanvraagService subsidieaanvragen;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Initiatief initiatief = aanTeVullen(verzoek);
        Subsidieaanvraag aanvraag = initiatief.gegevens(Subsidiegegevens.class).aanvraag();
        Map<String, List<String>> waarden = new LinkedHashMap<>();
        waarden.put("titel", List.of(initiatief.titel()));
        waarden.put("omschrijving", List.of(initiatief.omschrijving()));
        waarden.put("activiteitOp", List.of(aanvraag.activiteitOp().toString()));
        waarden.put("gevraagd", List.of(nl.samenspraak.api.budget.Bedrag.centen(aanvraag.gevraagdInCenten()).toString()
                .replace('.', ',')));
        waarden.put("schaal", List.of(aanvraag.schaal().name()));
        waarden.put("wijk", aanvraag.wijk().map(List::of).orElse(List.of()));
        waarden.put("leeftijd", List.of(String.valueOf(aanvraag.leeftijdAanvrager())));
        waarden.put("ondersteuners", List.of(String.join(", ", aanvraag.leeftijdenOndersteuners().stream()
                .map(String::valueOf).toList())));
        waarden.put("kenmerken", aanvraag.kenmerken().stream().map(Enum::name).toList());
        return formulier(initiatief, new Formulier(waarden), 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Initiatief initiatief = aanTeVullen(verzoek);
        Formulier formulier = verzoek.formulier();
        Optional<NieuweSubsidieaanvraag> gelezen = Aanvraagformulier.lees(formulier, gemeente, Inwoners.vandaag());
        if (gelezen.isEmpty()) {
            return formulier(initiatief, formulier, 422);
        }
        try {
            subsidieaanvragen.vulAan(gemeente.code(), initiatief.id(), opDeDagVanIndiening(gelezen.get(), initiatief),
                    verzoek.aangemeldeGebruiker().naam());
        } catch (OngeldigeInvoerException e) {
            e.overtredingen().forEach(o -> formulier.fout(VELDEN.getOrDefault(o.veld(), "omschrijving"), o.reden()));
            return formulier(initiatief, formulier, 422);
        } catch (OvergangNietToegestaanException e) {
            throw new PaginaFout(409, "Aanvullen kan niet meer", "De gemeente vraagt op dit moment niets meer van u. "
                    + "Er is niets opgeslagen.", "Bekijk de status van uw aanvraag bij Mijn aanvragen.");
        }
        return Antwoord.naar("/gemeenten/" + gemeente.code() + "/mijn-aanvragen?aangevuld=" + initiatief.id());
    }

    /** The form's fields by the names the service gives its refusals. */
    private static final Map<String, String> VELDEN = Map.of("titel", "titel", "omschrijving", "omschrijving", "activiteitOp",
            "activiteitOp", "gevraagd", "gevraagd", "schaal", "schaal", "wijk", "wijk", "leeftijdAanvrager", "leeftijd",
            "leeftijdenOndersteuners", "ondersteuners", "kenmerken", "kenmerken");

    /** An aanvulling keeps the day of submission: that day's rules decide, however late the resident completes it. */
    private static NieuweSubsidieaanvraag opDeDagVanIndiening(NieuweSubsidieaanvraag gelezen, Initiatief initiatief) {
        Subsidieaanvraag a = gelezen.aanvraag();
        Subsidieaanvraag op = new Subsidieaanvraag(initiatief.gegevens(Subsidiegegevens.class).aanvraag().ingediendOp(),
                a.activiteitOp(), a.gevraagdInCenten(), a.schaal(), a.wijk(), a.leeftijdAanvrager(), a.leeftijdenOndersteuners(),
                a.kenmerken());
        return new NieuweSubsidieaanvraag(initiatief.gegevens(Subsidiegegevens.class).regeling(), gelezen.titel(),
                gelezen.omschrijving(), op);
    }

    private Initiatief aanTeVullen(Verzoek verzoek) {
        Initiatief initiatief = Inwoners.eigenAanvraag(initiatieven, verzoek);
        if (initiatief.status() != Status.AANVULLING_GEVRAAGD) {
            throw new PaginaFout(409, "Aanvullen is niet nodig", "De gemeente vraagt op dit moment niets van u over "
                    + "deze aanvraag.", "Bekijk de status van uw aanvraag bij Mijn aanvragen.");
        }
        return initiatief;
    }

    private Antwoord formulier(Initiatief initiatief, Formulier formulier, int status) {
        return Inwoners.pagina("aanvulling.ftlh", "Vul uw aanvraag aan: " + initiatief.titel())
                .met("initiatief", initiatief).met("formulier", formulier)
                .met("schalen", Arrays.asList(Schaal.values())).met("kenmerken", Arrays.asList(Kenmerk.values()))
                .status(status);
    }
}
