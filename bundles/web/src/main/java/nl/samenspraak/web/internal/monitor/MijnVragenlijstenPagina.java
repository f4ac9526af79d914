package nl.samenspraak.web.internal.monitor;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.monitor.VragenlijstService;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/** {@code /gemeenten/{gemeente}/vragenlijsten}: the questionnaires the signed-in participant can still fill in. */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/vragenlijsten")
public class MijnVragenlijstenPagina implements Pagina {

    @Reference
    private VragenlijstService vragenlijsten;

    @Override
    public Antwoord get(Verzoek verzoek) {
        String gebruiker = verzoek.aangemeldeGebruiker().naam();
        return Monitorpaginas.pagina("mijn-vragenlijsten.ftlh", "Uw vragenlijsten")
                .met("open", vragenlijsten.openVoor(verzoek.gemeenteVereist().code(), gebruiker));
    }
}
