package nl.samenspraak.web.internal.werkplek;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeService;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/werkplek/rondes/{id}/stempassen/brieven/{sleutel}}: the letters of one issue of voting
 * codes as a PDF, one letter per A4 page, from the same macros as the page that showed them. The link on that page
 * works once, for the session that issued the codes, within ten minutes, on any node; after that the codes are gone
 * for good.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/werkplek/rondes/{id}/stempassen/brieven/{sleutel}")
public class StembrievenPdfPagina implements Pagina {

    @Reference
    private Stembrievenkluis kluis;

    @Reference
    private RondeService rondes;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Werkplek.ambtenaar(verzoek);
        Gemeente gemeente = verzoek.gemeenteVereist();
        // the round first: a round that cannot be read must not cost the letters, which a download takes for good
        Ronde ronde = rondes.get(gemeente.code(), verzoek.pad("id"));
        Stembrievenkluis.Stembrieven brieven = verzoek.sessiebinding()
                .flatMap(sessie -> kluis.neem(verzoek.pad("sleutel"), sessie, gemeente.code(), ronde.id()))
                .orElseThrow(() -> new PaginaFout(410, "Deze brieven zijn niet meer te downloaden",
                        "De pdf met de stemcodes kan één keer worden gedownload, binnen tien minuten na het uitgeven en "
                                + "alleen in de browser waarin de codes zijn uitgegeven. Daarna zijn de codes weg: het platform "
                                + "bewaart ze niet.",
                        "Hebt u de pagina met de brieven nog open? Druk die dan af. Anders kunnen deze bewoners geen "
                                + "nieuwe stemcode krijgen; neem contact op met de beheerder."));
        return Antwoord.pdf("pdf/stembrieven.ftlh", "Stembrieven: " + ronde.titel(), "stembrieven-" + ronde.id() + ".pdf")
                .met("ronde", ronde).met("brieven", brieven.brieven()).met("stemadres", brieven.stemadres())
                .met("stemmenVanaf", brieven.stemmenVanaf()).met("stemmenTot", brieven.stemmenTot())
                .met("vandaag", brieven.vandaag());
    }
}
