package nl.samenspraak.web.internal.werkplek;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Overgang;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.werkplek.Toewijzingen;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeService;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/werkplek}: the werkvoorraad. Everything waiting on the gemeente, the legal term that
 * ends first on top with the days left, overdue items marked; filters by kind, wijk and person; each item can be
 * taken by oneself or assigned to a colleague, and shows who has it (and who assigned it when).
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/werkplek")
public class WerkvoorraadPagina implements Pagina {

    static final String MIJ = "mij";
    /** Filter value of {@code soort} for the wijkbudget rounds' tasks. */
    static final String WIJKBUDGET = "WIJKBUDGET";

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private Toewijzingen toewijzingen;

    @Reference
    private RondeService rondes;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Gebruiker ambtenaar = Werkplek.ambtenaar(verzoek);
        Antwoord antwoord = toon(verzoek, ambtenaar, Formulier.leeg(), 200);
        verzoek.parameter("toegewezen").ifPresent(id -> {
            Initiatief initiatief = initiatieven.get(verzoek.gemeenteVereist().code(), id);
            antwoord.met("toegewezen", initiatief).met("toegewezenAan",
                    Optional.ofNullable(toewijzingen.huidige(initiatief.gemeente()).get(id)).map(t -> t.aan()).orElse(""));
        });
        return antwoord;
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gebruiker ambtenaar = Werkplek.ambtenaar(verzoek);
        Gemeente gemeente = verzoek.gemeenteVereist();
        String zaak = verzoek.parameter("zaak").orElseThrow(() -> PaginaFout.nietGevonden("Er is geen zaak gekozen."));
        Initiatief initiatief = initiatieven.get(gemeente.code(), zaak);
        if (initiatief.lopendeTermijn().isEmpty()) {
            throw new PaginaFout(409, "Dit staat niet meer in de werkvoorraad", "Over " + initiatief.titel()
                    + " hoeft de gemeente nu niets te doen. Er is niets opgeslagen.", "Ga terug naar de werkvoorraad.");
        }
        String veld = "collega-" + initiatief.id();
        Formulier formulier = verzoek.formulier();
        String aan = MIJ.equals(verzoek.parameter("aan").orElse("")) ? ambtenaar.naam() : formulier.waarde(veld);
        if (aan.isEmpty()) {
            formulier.fout(veld, "Vul de gebruikersnaam in van de collega die " + initiatief.titel() + " oppakt.");
            return toon(verzoek, ambtenaar, formulier, 422);
        }
        try {
            toewijzingen.wijsToe(gemeente.code(), initiatief.id(), aan, ambtenaar.naam());
        } catch (OngeldigeInvoerException e) {
            formulier.fout(veld, "Een gebruikersnaam is hoogstens 200 tekens lang.");
            return toon(verzoek, ambtenaar, formulier, 422);
        }
        return Antwoord.naar(Werkplek.pad(gemeente) + "?toegewezen=" + URLEncoder.encode(initiatief.id(), StandardCharsets.UTF_8));
    }

    private Antwoord toon(Verzoek verzoek, Gebruiker ambtenaar, Formulier formulier, int status) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        List<Initiatief> alle = initiatieven.list(gemeente.code(), InitiatiefService.Filter.ALLE);
        Werkvoorraad voorraad = Werkvoorraad.van(alle, toewijzingen.huidige(gemeente.code()), aangevuld(gemeente, alle),
                Werkplek.vandaag());
        Optional<String> wie = verzoek.parameter("wie").map(w -> MIJ.equals(w) ? ambtenaar.naam() : w);
        Optional<String> wijk = verzoek.parameter("wijk").filter(w -> gemeente.wijk(w).isPresent());
        boolean alleenRondes = verzoek.parameter("soort").filter(WIJKBUDGET::equals).isPresent();
        Werkvoorraad.Filter filter = new Werkvoorraad.Filter(
                verzoek.parameter("soort").flatMap(WerkvoorraadPagina::soort), wijk, wie);
        // rounds are not assigned to a person: a filter on a person or on another kind leaves them out
        boolean metRondes = verzoek.parameter("soort").map(WIJKBUDGET::equals).orElse(true)
                && wie.map(Werkvoorraad.NIEMAND::equals).orElse(true);
        List<Rondetaken.Rondetaak> alleRondetaken = rondetaken(gemeente);
        List<Rondetaken.Rondetaak> rondetaken = metRondes ? alleRondetaken.stream()
                .filter(t -> wijk.map(w -> t.ronde().wijk().equals(w)).orElse(true)).toList() : List.of();
        return Werkplek.pagina("werkvoorraad.ftlh", "Werkvoorraad").status(status)
                .met("zaken", alleenRondes ? List.of() : voorraad.zaken(filter)).met("rondetaken", rondetaken)
                .met("alleenRondes", alleenRondes)
                .met("verlopen", voorraad.verlopen() + alleRondetaken.stream().filter(Rondetaken.Rondetaak::verlopen).count())
                .met("behandelaars", voorraad.behandelaars()).met("formulier", formulier)
                .met("filter", verzoek.parameter("soort").isPresent() || verzoek.parameter("wijk").isPresent()
                        || verzoek.parameter("wie").isPresent())
                .met("soort", verzoek.parameter("soort").orElse("")).met("wijk", verzoek.parameter("wijk").orElse(""))
                .met("wie", verzoek.parameter("wie").orElse("")).met("ik", ambtenaar.naam())
                .met("soorten", List.of(Initiatiefsoort.BEWONERSINITIATIEF, Initiatiefsoort.UITDAAGRECHT, Initiatiefsoort.INSPRAAK));
    }

    private List<Rondetaken.Rondetaak> rondetaken(Gemeente gemeente) {
        List<Ronde> lopend = rondes.list(gemeente.code()).stream().filter(r -> r.fase().compareTo(Fase.UITVOERING) < 0).toList();
        Map<String, List<Plan>> plannen = new HashMap<>();
        lopend.stream().filter(r -> r.fase() == Fase.HAALBAARHEIDSTOETS)
                .forEach(r -> plannen.put(r.id(), rondes.plannen(gemeente.code(), r.id())));
        return Rondetaken.van(lopend, plannen, Werkplek.vandaag());
    }

    /** Applications back from an aanvulling: their last change took them from waiting on the applicant to waiting on us. */
    private Set<String> aangevuld(Gemeente gemeente, List<Initiatief> alle) {
        Set<String> ids = new HashSet<>();
        for (Initiatief i : alle) {
            if (i.status() == Status.AANGEVRAAGD) {
                List<Overgang> overgangen = initiatieven.overgangen(gemeente.code(), i.id());
                Overgang laatste = overgangen.get(overgangen.size() - 1);
                if (laatste.van().equals(Optional.of(Status.AANVULLING_GEVRAAGD))) {
                    ids.add(i.id());
                }
            }
        }
        return ids;
    }

    private static Optional<Initiatiefsoort> soort(String naam) {
        try {
            return Optional.of(Initiatiefsoort.valueOf(naam));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
