package nl.samenspraak.web.internal.werkplek;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/werkplek/aanvragen/{id}/besluiten/{besluit}}: a besluit as the letter the applicant
 * gets, to print (the site around it is left out on paper): the outcome, each reason with its article, the rules and
 * their version, who decided when, and how to object (bezwaar). With {@code ?formaat=pdf} the same letter as a PDF.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/werkplek/aanvragen/{id}/besluiten/{besluit}")
public class BesluitbriefPagina implements Pagina {

    @Reference
    private InitiatiefService initiatieven;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Werkplek.ambtenaar(verzoek);
        Gemeente gemeente = verzoek.gemeenteVereist();
        Initiatief initiatief = initiatieven.get(gemeente.code(), verzoek.pad("id"));
        Besluit besluit = initiatieven.besluiten(gemeente.code(), initiatief.id()).stream()
                .filter(b -> b.id().equals(verzoek.pad("besluit"))).findFirst()
                .orElseThrow(() -> new InitiatiefNietGevondenException(gemeente.code(), verzoek.pad("besluit")));
        if (verzoek.parameter("formaat").filter("pdf"::equals).isPresent()) {
            return Antwoord.pdf("pdf/besluitbrief.ftlh", "Besluit: " + initiatief.titel(), "besluit-" + besluit.id() + ".pdf")
                    .met("initiatief", initiatief).met("besluit", besluit);
        }
        return Werkplek.pagina("besluitbrief.ftlh", "Besluitbrief: " + initiatief.titel())
                .met("initiatief", initiatief).met("besluit", besluit).met("nieuw", verzoek.parameter("nieuw").isPresent());
    }
}
