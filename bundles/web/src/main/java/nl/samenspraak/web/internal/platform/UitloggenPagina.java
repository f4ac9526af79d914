package nl.samenspraak.web.internal.platform;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/** {@code /uitloggen}: ends the session (a POST with the CSRF token, so no other site can sign anyone out). */
@Component(property = Pagina.PAD + "=/uitloggen")
public class UitloggenPagina implements Pagina {

    @Override
    public Antwoord get(Verzoek verzoek) {
        return Antwoord.pagina("uitloggen.ftlh", "Afmelden");
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        verzoek.meldAf();
        return Antwoord.pagina("uitloggen.ftlh", "U bent afgemeld").met("afgemeld", true);
    }
}
