package nl.samenspraak.web.internal.platform;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/** {@code /}: the gemeenten this platform serves, each a link to its own pages. */
@Component(property = Pagina.PAD + "=/")
public class GemeentenPagina implements Pagina {

    @Reference
    private GemeenteRegistry gemeenten;

    @Override
    public Antwoord get(Verzoek verzoek) {
        return Antwoord.pagina("gemeenten.ftlh", "Kies uw gemeente").met("gemeenten", gemeenten.list());
    }
}
