package nl.samenspraak.web.internal.platform;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/** {@code /privacy}: what the platform keeps about residents, and why. */
@Component(property = Pagina.PAD + "=/privacy")
public class PrivacyPagina implements Pagina {

    @Override
    public Antwoord get(Verzoek verzoek) {
        return Antwoord.pagina("privacy.ftlh", "Privacy");
    }
}
