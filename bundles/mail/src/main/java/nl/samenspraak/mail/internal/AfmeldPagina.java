package nl.samenspraak.mail.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.mail.Frequentie;
import nl.samenspraak.api.mail.Mailadressen;
import nl.samenspraak.api.mail.Mailsoort;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /mail/afmelden?t=...}: the link in every mail to a resident. Without signing in, it stops that kind of
 * mail for the user the signed token names. Opening the link only asks (a mail program that opens links to check them
 * must not unsubscribe anyone); the button does it.
 */
@Component(property = Pagina.PAD + "=/mail/afmelden")
public class AfmeldPagina implements Pagina {

    private final Mailadressen adressen;
    private final Verzender verzender;

    @Activate
    public AfmeldPagina(@Reference Mailadressen adressen, @Reference Verzender verzender) {
        this.adressen = adressen;
        this.verzender = verzender;
    }

    @Override
    public Antwoord get(Verzoek verzoek) {
        Afmeldtokens.Afmelding afmelding = afmelding(verzoek.parameter("t"));
        return Antwoord.pagina("mail-afmelden.ftlh", "Afmelden voor mail").met("token", verzoek.parameter("t").orElseThrow())
                .met("soort", omschrijving(afmelding)).met("afgemeld", false);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Afmeldtokens.Afmelding afmelding = afmelding(verzoek.parameter("t"));
        if (afmelding.soort() == Mailsoort.DAGOVERZICHT) {
            // the overview tells the kinds wanted once a day: stopping it stops those kinds
            adressen.van(afmelding.gebruiker()).ifPresent(adres -> adres.voorkeuren().forEach((soort, frequentie) -> {
                if (frequentie == Frequentie.DAGELIJKS) {
                    adressen.stelIn(afmelding.gebruiker(), soort, Frequentie.NOOIT);
                }
            }));
        } else {
            adressen.stelIn(afmelding.gebruiker(), afmelding.soort(), Frequentie.NOOIT);
        }
        return Antwoord.pagina("mail-afmelden.ftlh", "U bent afgemeld").met("soort", omschrijving(afmelding))
                .met("afgemeld", true);
    }

    private Afmeldtokens.Afmelding afmelding(Optional<String> token) {
        return token.flatMap(t -> verzender.tokens().lees(t)).orElseThrow(() -> new PaginaFout(404, "Deze afmeldlink werkt niet",
                "De link is niet compleet of niet van ons. Er is niets veranderd.",
                "Kopieer de hele link uit de mail, of log in en kies bij Mail van Samenspraak welke mail u wilt."));
    }

    private static String omschrijving(Afmeldtokens.Afmelding afmelding) {
        if (afmelding.soort() == Mailsoort.DAGOVERZICHT) {
            return "het dagelijkse overzicht, met alle mail die u één keer per dag wilt";
        }
        return MailprofielPagina.SOORTEN.getOrDefault(afmelding.soort(), afmelding.soort().naam());
    }
}
