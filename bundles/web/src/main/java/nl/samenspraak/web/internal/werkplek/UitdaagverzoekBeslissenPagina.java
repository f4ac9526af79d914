package nl.samenspraak.web.internal.werkplek;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.OvergangNietToegestaanException;
import nl.samenspraak.api.initiatief.Uitdaaggegevens;
import nl.samenspraak.api.initiatief.UitdaagverzoekService;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/werkplek/uitdaagrecht/{id}}: a Right to Challenge request for the civil servant: the
 * task, money asked, support and what the challenger can show, the term; deciding has the ordinance in force on the
 * day of receipt assess it against its conditions, and shows the besluit with each condition's article.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/werkplek/uitdaagrecht/{id}")
public class UitdaagverzoekBeslissenPagina implements Pagina {

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private UitdaagverzoekService uitdaagverzoeken;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Werkplek.ambtenaar(verzoek);
        Initiatief initiatief = uitdaagverzoek(verzoek);
        String gemeente = initiatief.gemeente();
        return Werkplek.pagina("uitdaagverzoek-beslissen.ftlh", "Right to Challenge: " + initiatief.titel())
                .met("initiatief", initiatief).met("gegevens", initiatief.gegevens(Uitdaaggegevens.class))
                .met("besluiten", initiatieven.besluiten(gemeente, initiatief.id()))
                .met("overgangen", initiatieven.overgangen(gemeente, initiatief.id()))
                .met("besloten", verzoek.parameter("besloten").isPresent());
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gebruiker ambtenaar = Werkplek.ambtenaar(verzoek);
        Gemeente gemeente = verzoek.gemeenteVereist();
        Initiatief initiatief = uitdaagverzoek(verzoek);
        try {
            Besluit besluit = uitdaagverzoeken.beslisOpUitdaagverzoek(gemeente.code(), initiatief.id(), ambtenaar.naam());
            return Antwoord.naar(Werkplek.pad(gemeente) + "/uitdaagrecht/" + initiatief.id() + "?besloten="
                    + URLEncoder.encode(besluit.id(), StandardCharsets.UTF_8));
        } catch (OvergangNietToegestaanException e) {
            throw new PaginaFout(409, "Hierover is al beslist", "Over " + initiatief.titel() + " is intussen al een besluit "
                    + "genomen. Er is niets opgeslagen.", "Bekijk het verzoek opnieuw.");
        }
    }

    private Initiatief uitdaagverzoek(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Initiatief initiatief = initiatieven.get(gemeente.code(), verzoek.pad("id"));
        if (initiatief.soort() != Initiatiefsoort.UITDAAGRECHT) {
            throw new InitiatiefNietGevondenException(gemeente.code(), initiatief.id());
        }
        return initiatief;
    }
}
