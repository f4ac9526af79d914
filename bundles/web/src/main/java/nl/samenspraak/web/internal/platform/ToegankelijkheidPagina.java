package nl.samenspraak.web.internal.platform;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/** {@code /toegankelijkheid}: the accessibility statement. */
@Component(property = Pagina.PAD + "=/toegankelijkheid")
public class ToegankelijkheidPagina implements Pagina {

    @Override
    public Antwoord get(Verzoek verzoek) {
        return Antwoord.pagina("toegankelijkheid.ftlh", "Toegankelijkheidsverklaring");
    }
}
