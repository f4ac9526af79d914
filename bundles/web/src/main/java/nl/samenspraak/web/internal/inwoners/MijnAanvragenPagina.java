package nl.samenspraak.web.internal.inwoners;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Inzage;
import nl.samenspraak.api.initiatief.Overgang;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/mijn-aanvragen}: the signed-in resident's own applications and requests in this
 * gemeente, each with its status and what the gemeente asks (an aanvulling, with a link to its form). Only
 * their own: the list is filtered on the applicant, and a user of another gemeente sees none.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/mijn-aanvragen")
public class MijnAanvragenPagina implements Pagina {

    @Reference
    private InitiatiefService initiatieven;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Gebruiker gebruiker = verzoek.aangemeldeGebruiker();
        List<Initiatief> eigen = initiatieven.list(gemeente.code(), new InitiatiefService.Filter(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(gebruiker.naam()))).stream()
                .filter(i -> Inzage.isInitiatiefnemer(gebruiker, i))
                .sorted(Comparator.comparing(Initiatief::aangemaaktOp).reversed()).toList();
        Map<String, String> gevraagd = new LinkedHashMap<>();
        for (Initiatief initiatief : eigen) {
            if (initiatief.status() == Status.AANVULLING_GEVRAAGD) {
                List<Overgang> overgangen = initiatieven.overgangen(gemeente.code(), initiatief.id());
                overgangen.stream().filter(o -> o.naar() == Status.AANVULLING_GEVRAAGD).reduce((a, b) -> b)
                        .ifPresent(o -> gevraagd.put(initiatief.id(), o.toelichting()));
            }
        }
        // after an aanvulling: what the dossier recorded about it, so the resident sees what changed and what stayed
        Optional<String> aangevuld = verzoek.parameter("aangevuld").flatMap(id -> eigen.stream()
                .filter(i -> i.id().equals(id)).findFirst()).flatMap(i -> initiatieven.overgangen(gemeente.code(), i.id())
                        .stream().filter(o -> o.van().equals(Optional.of(Status.AANVULLING_GEVRAAGD)))
                        .reduce((a, b) -> b).map(o -> i.titel() + ": " + o.toelichting()));
        return Inwoners.pagina("mijn-aanvragen.ftlh", "Mijn aanvragen").met("aanvragen", eigen).met("gevraagd", gevraagd)
                .met("aangevuld", aangevuld.orElse(""));
    }
}
