package nl.samenspraak.web.internal.inwoners;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Inzage;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/initiatieven}: initiatives filtered by kind, status and wijk. Anyone sees the
 * public ones (participatietrajecten, inspraak); a signed-in resident also their own applications.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/initiatieven")
public class InitiatievenPagina implements Pagina {

    @Reference
    private InitiatiefService initiatieven;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Optional<Initiatiefsoort> soort = keuze(verzoek.parameter("soort"), Initiatiefsoort.class);
        Optional<Status> status = keuze(verzoek.parameter("status"), Status.class);
        Optional<String> wijk = verzoek.parameter("wijk").filter(w -> gemeente.wijk(w).isPresent());
        Optional<Gebruiker> gebruiker = verzoek.gebruiker();
        List<Initiatief> lijst = initiatieven.list(gemeente.code(),
                new InitiatiefService.Filter(soort, status, wijk, Optional.empty())).stream()
                .filter(i -> Inzage.isOpenbaar(i.soort()) || Inzage.isAmbtenaar(gebruiker, gemeente.code())
                        || gebruiker.map(g -> Inzage.isInitiatiefnemer(g, i)).orElse(false))
                .toList();
        return Inwoners.pagina("initiatieven.ftlh", "Initiatieven").met("initiatieven", lijst)
                .met("formulier", verzoek.formulier()).met("soorten", Arrays.asList(Initiatiefsoort.values()))
                .met("statussen", Arrays.asList(Status.values()));
    }

    private static <E extends Enum<E>> Optional<E> keuze(Optional<String> waarde, Class<E> soort) {
        return waarde.flatMap(w -> Arrays.stream(soort.getEnumConstants()).filter(e -> e.name().equals(w)).findFirst());
    }
}
