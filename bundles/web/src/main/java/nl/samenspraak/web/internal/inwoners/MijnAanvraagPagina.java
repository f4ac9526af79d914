package nl.samenspraak.web.internal.inwoners;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/mijn-aanvragen/{id}}: the confirmation of a sent application, with its reference
 * and what happens next. Only for its applicant.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/mijn-aanvragen/{id}")
public class MijnAanvraagPagina implements Pagina {

    @Reference
    private InitiatiefService initiatieven;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Initiatief initiatief = Inwoners.eigenAanvraag(initiatieven, verzoek);
        return Inwoners.pagina("mijn-aanvraag.ftlh", "Uw aanvraag " + initiatief.titel()).met("initiatief", initiatief)
                .met("ingediend", verzoek.parameter("ingediend").isPresent());
    }
}
