package nl.samenspraak.web.internal.inwoners;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.wijkbudget.UitslagService;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeService;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/wijkbudgetten/{ronde}/bewijs}: the receipt after voting, and a check for anyone
 * holding a receipt: is a ballot with this receipt among those counted? The receipt is the pseudonymous voter
 * id of the public Pabulib export, so checking it reveals nothing about who voted or what.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/wijkbudgetten/{ronde}/bewijs")
public class BewijsPagina implements Pagina {

    @Reference
    private RondeService rondes;

    @Reference
    private UitslagService uitslagen;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Ronde ronde = rondes.get(gemeente.code(), verzoek.pad("ronde"));
        Optional<String> bewijs = verzoek.parameter("bewijs");
        Formulier formulier = verzoek.formulier();
        Optional<Boolean> gevonden = Optional.empty();
        int status = 200;
        if (bewijs.isPresent()) {
            gevonden = Optional.of(geteld(uitslagen.alsPabulib(gemeente.code(), ronde.id()), bewijs.get()));
            if (!gevonden.get()) {
                formulier.fout("bewijs", "We vinden geen stem met dit bewijs. Controleer of u het precies goed hebt overgenomen");
                status = 404;
            }
        }
        boolean nieuw = verzoek.parameter("nieuw").isPresent() && gevonden.orElse(false);
        return Inwoners.pagina("bewijs.ftlh", nieuw ? "Uw stem is uitgebracht" : "Controleer uw stem: " + ronde.titel())
                .met("ronde", ronde).met("bewijs", bewijs.orElse("")).met("gevonden", gevonden.orElse(false))
                .met("nieuw", nieuw).met("formulier", formulier).status(status);
    }

    /** Whether the VOTES section of a Pabulib file has a ballot with this voter id. */
    static boolean geteld(String pabulib, String voterId) {
        boolean inStemmen = false;
        boolean kop = false;
        for (String regel : pabulib.split("\n")) {
            String r = regel.strip();
            if (r.equalsIgnoreCase("VOTES")) {
                inStemmen = true;
                kop = true;
            } else if (inStemmen && kop) {
                kop = false; // the column names
            } else if (inStemmen && r.startsWith(voterId + ";")) {
                return true;
            }
        }
        return false;
    }
}
