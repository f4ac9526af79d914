package nl.samenspraak.web.internal.werkplek;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.FaseException;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeService;
import nl.samenspraak.api.wijkbudget.StemService;
import nl.samenspraak.api.wijkbudget.StemService.Stempassen;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.web.internal.werkplek.Kiezerslijst.Bewoner;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/werkplek/rondes/{id}/stempassen}: voting codes for the residents in a CSV file (a BRP
 * extract), issued by the platform's {@link StemService} (age and wijk checked there, one pass per resident). The
 * answer is the only time the codes exist in readable form: a page of letters, one per printed page, each with its
 * resident's code, and the residents refused with the article; and a link to the same letters as a PDF, which works
 * once, for this session, for ten minutes ({@link Stembrievenkluis}). The platform keeps only keyed hashes.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/werkplek/rondes/{id}/stempassen")
public class StempassenPagina implements Pagina {

    /** One letter: to whom, and their code. */
    public record Brief(Bewoner bewoner, String stemcode) {
    }

    /** A resident refused a code, with the reason and its article. */
    public record Weigering(String kenmerk, Reden reden) {
    }

    @Reference
    private RondeService rondes;

    @Reference
    private StemService stemmen;

    @Reference
    private Stembrievenkluis kluis;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Werkplek.ambtenaar(verzoek);
        return formulier(verzoek, ronde(verzoek), Formulier.leeg(), List.of(), 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gebruiker ambtenaar = Werkplek.ambtenaar(verzoek);
        Ronde ronde = ronde(verzoek);
        Formulier formulier = verzoek.formulier();
        Optional<String> bestand = verzoek.bestand("kiezers");
        if (bestand.isEmpty()) {
            formulier.fout("kiezers", "Kies het CSV-bestand met de bewoners");
            return formulier(verzoek, ronde, formulier, List.of(), 422);
        }
        Kiezerslijst.Uitkomst lijst = Kiezerslijst.lees(bestand.get());
        if (!lijst.fouten().isEmpty()) {
            formulier.fout("kiezers", lijst.fouten().size() == 1 ? lijst.fouten().get(0)
                    : "Het bestand heeft " + lijst.fouten().size() + " fouten; ze staan onder het formulier. Er is niets uitgegeven.");
            return formulier(verzoek, ronde, formulier, lijst.fouten(), 422);
        }
        Stempassen passen;
        try {
            passen = stemmen.geefStempassenUit(ronde.gemeente(), ronde.id(),
                    lijst.bewoners().stream().map(Bewoner::kiezer).toList(), ambtenaar.naam());
        } catch (OngeldigeInvoerException e) {
            formulier.fout("kiezers", e.getMessage() + ". Er is niets uitgegeven.");
            return formulier(verzoek, ronde, formulier, List.of(), 422);
        } catch (FaseException e) {
            formulier.fout("kiezers", e.getMessage() + ". Er is niets uitgegeven.");
            return formulier(verzoek, ronde, formulier, List.of(), 409);
        }
        List<Brief> brieven = new ArrayList<>();
        Set<String> gehad = new HashSet<>();
        for (Bewoner bewoner : lijst.bewoners()) {
            String code = passen.uitgegeven().get(bewoner.kiezer().kenmerk());
            if (code != null && gehad.add(bewoner.kiezer().kenmerk())) {
                brieven.add(new Brief(bewoner, code));
            }
        }
        List<Weigering> geweigerd = passen.geweigerd().entrySet().stream()
                .map((Map.Entry<String, Reden> e) -> new Weigering(e.getKey(), e.getValue())).toList();
        Gemeente gemeente = verzoek.gemeenteVereist();
        Stembrievenkluis.Stembrieven stembrieven = new Stembrievenkluis.Stembrieven(ronde.gemeente(), ronde.id(), brieven,
                verzoek.basisadres() + "/gemeenten/" + gemeente.code() + "/wijkbudgetten/" + ronde.id() + "/stemmen",
                Optional.ofNullable(ronde.planning().get(Fase.STEMMEN)), Optional.ofNullable(ronde.planning().get(Fase.UITSLAG)),
                Werkplek.vandaag());
        // the PDF of these letters is offered once, to this session only, for a few minutes, on any node
        Optional<String> pdf = brieven.isEmpty() ? Optional.empty()
                : verzoek.sessiebinding().map(sessie -> kluis.bewaar(sessie, stembrieven));
        return Werkplek.pagina("stempassen-brieven.ftlh", "Stemcodes en brieven: " + ronde.titel())
                .met("geweigerd", geweigerd).met("pdfsleutel", pdf).met("pdfGeldigTot", kluis.geldigTot())
                .met("ronde", ronde).met("brieven", brieven).met("stemadres", stembrieven.stemadres())
                .met("stemmenVanaf", stembrieven.stemmenVanaf()).met("stemmenTot", stembrieven.stemmenTot())
                .met("vandaag", stembrieven.vandaag());
    }

    private Ronde ronde(Verzoek verzoek) {
        Ronde ronde = rondes.get(verzoek.gemeenteVereist().code(), verzoek.pad("id"));
        if (ronde.fase().compareTo(Fase.STEMMEN) > 0) {
            throw new PaginaFout(409, "De stemming is gesloten", "Voor " + ronde.titel() + " worden geen stemcodes meer uitgegeven.",
                    "Ga terug naar de ronde.");
        }
        return ronde;
    }

    private Antwoord formulier(Verzoek verzoek, Ronde ronde, Formulier formulier, List<String> fouten, int status) {
        return Werkplek.pagina("stempassen.ftlh", "Stemcodes uitgeven: " + ronde.titel()).status(status).met("ronde", ronde)
                .met("formulier", formulier).met("bestandsfouten", fouten);
    }
}
