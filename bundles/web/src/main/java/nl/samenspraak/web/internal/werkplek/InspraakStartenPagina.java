package nl.samenspraak.web.internal.werkplek;

import java.util.Arrays;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InspraakService;
import nl.samenspraak.api.initiatief.InspraakService.NieuweInspraak;
import nl.samenspraak.api.initiatief.VerzoekGeweigerdException;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.web.internal.inwoners.Aanvraagformulier;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/werkplek/inspraak/nieuw}: lays a draft decision ter inzage. The ordinance in force on
 * the first day sets the term for zienswijzen and for the reactienota, and who may respond; it refuses subjects it
 * excludes from inspraak.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/werkplek/inspraak/nieuw")
public class InspraakStartenPagina implements Pagina {

    @Reference
    private InspraakService inspraakdienst;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Werkplek.ambtenaar(verzoek);
        return formulier(Formulier.leeg(), 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gebruiker ambtenaar = Werkplek.ambtenaar(verzoek);
        Gemeente gemeente = verzoek.gemeenteVereist();
        Formulier formulier = verzoek.formulier();
        formulier.verplicht("titel", "Vul de naam van het ontwerp in");
        formulier.verplicht("omschrijving", "Beschrijf het ontwerp: wat verandert er, en voor wie?");
        Optional<Besluitsoort> besluitsoort = Werkplek.keuze(formulier, "besluitsoort", Besluitsoort.values(), "Kies de soort besluit");
        Optional<Onderwerp> onderwerp = Werkplek.keuze(formulier, "onderwerp", Onderwerp.values(), "Kies het onderwerp");
        Optional<String> wijk = formulier.optioneel("wijk").filter(w -> gemeente.wijk(w).isPresent());
        Optional<java.time.LocalDate> vanaf = Aanvraagformulier.datum(formulier, "terInzageVanaf", "de eerste dag ter inzage");
        if (formulier.heeftFouten()) {
            return formulier(formulier, 422);
        }
        try {
            Initiatief inspraak = inspraakdienst.legTerInzage(gemeente.code(), new NieuweInspraak(formulier.waarde("titel"),
                    formulier.waarde("omschrijving"), wijk, besluitsoort.get(), onderwerp.get(), vanaf.get()), ambtenaar.naam());
            return Antwoord.naar(Werkplek.pad(gemeente) + "/inspraak/" + inspraak.id() + "?gestart=ja");
        } catch (VerzoekGeweigerdException e) {
            e.redenen().forEach(r -> formulier.fout("onderwerp", r.toelichting() + " (Dit staat in: " + r.artikel() + ".)"));
            return formulier(formulier, 422);
        } catch (OngeldigeInvoerException e) {
            e.overtredingen().forEach(o -> formulier.fout(veld(o.veld()), o.reden()));
            return formulier(formulier, 422);
        }
    }

    private static String veld(String veld) {
        return switch (veld) {
            case "titel", "omschrijving", "wijk", "besluitsoort", "onderwerp", "terInzageVanaf" -> veld;
            default -> "titel";
        };
    }

    private static Antwoord formulier(Formulier formulier, int status) {
        return Werkplek.pagina("inspraak-starten.ftlh", "Inspraak starten").met("formulier", formulier).status(status)
                .met("besluitsoorten", Arrays.asList(Besluitsoort.values())).met("onderwerpen", Arrays.asList(Onderwerp.values()));
    }
}
