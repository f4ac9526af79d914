package nl.samenspraak.web.internal.werkplek;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Overheidsparticipatie;
import nl.samenspraak.api.initiatief.Overheidsparticipatie.Bijdrage;
import nl.samenspraak.api.initiatief.OverheidsparticipatieService;
import nl.samenspraak.api.initiatief.OverheidsparticipatieService.NieuweOverheidsparticipatie;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/werkplek/aanvragen/{id}/overheidsparticipatie}: how the gemeente takes part in a
 * residents' initiative: as partner, adviser or supporter; with money, advice, procesbegeleiding, a place or
 * materials; and who the residents' contact is. The resident reads it on the initiative's page. Every version is
 * kept and shown with who recorded it when.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/werkplek/aanvragen/{id}/overheidsparticipatie")
public class OverheidsparticipatiePagina implements Pagina {

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private OverheidsparticipatieService deelnames;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Werkplek.ambtenaar(verzoek);
        Initiatief initiatief = initiatief(verzoek);
        Formulier formulier = deelnames.huidige(initiatief.gemeente(), initiatief.id())
                .map(OverheidsparticipatiePagina::alsFormulier).orElse(Formulier.leeg());
        return toon(verzoek, initiatief, formulier, 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gebruiker ambtenaar = Werkplek.ambtenaar(verzoek);
        Gemeente gemeente = verzoek.gemeenteVereist();
        Initiatief initiatief = initiatief(verzoek);
        Formulier formulier = verzoek.formulier();
        Optional<Overheidsparticipatie.Rol> rol = Werkplek.keuze(formulier, "rol", Overheidsparticipatie.Rol.values(),
                "Kies of de gemeente partner, adviseur of ondersteuner is");
        Set<Bijdrage> bijdragen = EnumSet.noneOf(Bijdrage.class);
        for (Bijdrage bijdrage : Bijdrage.values()) {
            if (formulier.gekozen("bijdragen", bijdrage.name())) {
                bijdragen.add(bijdrage);
            }
        }
        if (bijdragen.isEmpty()) {
            formulier.fout("bijdragen", "Kies wat de gemeente bijdraagt");
        }
        formulier.verplicht("toelichting", "Beschrijf wat de bijdrage inhoudt, bijvoorbeeld het bedrag of de ruimte");
        formulier.verplicht("contactpersoon", "Vul de naam van de contactpersoon in");
        formulier.verplicht("contact", "Vul in hoe bewoners de contactpersoon bereiken: e-mailadres of telefoonnummer");
        if (formulier.heeftFouten()) {
            return toon(verzoek, initiatief, formulier, 422);
        }
        try {
            deelnames.legVast(gemeente.code(), initiatief.id(), new NieuweOverheidsparticipatie(rol.get(), bijdragen,
                    formulier.waarde("toelichting"), formulier.waarde("contactpersoon"), formulier.waarde("contact")),
                    ambtenaar.naam());
            return Antwoord.naar(Werkplek.pad(gemeente) + "/aanvragen/" + initiatief.id() + "/overheidsparticipatie?vastgelegd=ja");
        } catch (OngeldigeInvoerException e) {
            e.overtredingen().forEach(o -> formulier.fout(switch (o.veld()) {
                case "rol", "bijdragen", "toelichting", "contactpersoon", "contact" -> o.veld();
                default -> "toelichting";
            }, o.reden()));
            return toon(verzoek, initiatief, formulier, 422);
        }
    }

    /** The form filled with what holds now, so a change starts from it. */
    private static Formulier alsFormulier(Overheidsparticipatie o) {
        return new Formulier(java.util.Map.of("rol", java.util.List.of(o.rol().name()),
                "bijdragen", o.bijdragen().stream().sorted().map(Enum::name).toList(),
                "toelichting", java.util.List.of(o.toelichting()), "contactpersoon", java.util.List.of(o.contactpersoon()),
                "contact", java.util.List.of(o.contact())));
    }

    private Initiatief initiatief(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Initiatief initiatief = initiatieven.get(gemeente.code(), verzoek.pad("id"));
        if (initiatief.soort() != Initiatiefsoort.BEWONERSINITIATIEF) {
            throw new InitiatiefNietGevondenException(gemeente.code(), initiatief.id());
        }
        return initiatief;
    }

    private Antwoord toon(Verzoek verzoek, Initiatief initiatief, Formulier formulier, int status) {
        return Werkplek.pagina("overheidsparticipatie.ftlh", "Overheidsparticipatie: " + initiatief.titel()).status(status)
                .met("initiatief", initiatief).met("formulier", formulier)
                .met("geschiedenis", deelnames.geschiedenis(initiatief.gemeente(), initiatief.id()))
                .met("vastgelegd", verzoek.parameter("vastgelegd").isPresent());
    }
}
