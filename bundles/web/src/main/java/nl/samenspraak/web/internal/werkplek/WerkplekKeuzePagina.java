package nl.samenspraak.web.internal.werkplek;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /werkplek}: the way in for civil servants. An ambtenaar of one gemeente goes straight to its werkvoorraad; a
 * beheerder (or an ambtenaar of several) first chooses the gemeente to work in.
 */
@Component(property = Pagina.PAD + "=/werkplek")
public class WerkplekKeuzePagina implements Pagina {

    @Reference
    private GemeenteRegistry gemeenten;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Gebruiker gebruiker = verzoek.aangemeldeGebruiker();
        List<Gemeente> eigen = gemeenten.list().stream().filter(g -> gebruiker.heeft(Rol.AMBTENAAR, g.code())).toList();
        if (eigen.isEmpty()) {
            throw PaginaFout.geenToegang("De werkplek is voor ambtenaren van een gemeente. Uw account is dat niet.");
        }
        if (eigen.size() == 1 && !gebruiker.isBeheerder()) {
            return Antwoord.naar(Werkplek.pad(eigen.get(0)));
        }
        return Werkplek.pagina("werkplek-kiezen.ftlh", "Kies de gemeente waarin u werkt").met("gemeenten", eigen);
    }
}
