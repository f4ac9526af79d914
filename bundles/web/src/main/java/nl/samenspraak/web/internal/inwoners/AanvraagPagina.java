package nl.samenspraak.web.internal.inwoners;

import java.util.Arrays;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.SubsidieaanvraagService;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.SubsidieaanvraagService.NieuweSubsidieaanvraag;
import nl.samenspraak.api.initiatief.VerzoekGeweigerdException;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/aanvragen/nieuw}: a bewonersinitiatief with a subsidy request, in steps. First
 * the plan; then what the rules in force today say about it (the trial assessment: which conditions are met,
 * the maximum, how long in advance to apply), without storing anything; then sending it, after which the
 * resident gets its reference. Works without JavaScript: the steps are posts, the values travel in the form.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/aanvragen/nieuw")
public class AanvraagPagina implements Pagina {


    @Reference
    private SubsidieaanvraagService subsidieaanvragen;

    @Reference
    private RegelsRegister regels;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Inwoners.indiener(verzoek.aangemeldeGebruiker(), verzoek.gemeenteVereist());
        return formulier(verzoek, Formulier.leeg(), 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Gebruiker gebruiker = Inwoners.indiener(verzoek.aangemeldeGebruiker(), gemeente);
        Formulier formulier = verzoek.formulier();
        String actie = formulier.waarde("actie");
        if (actie.equals("wijzig")) {
            return formulier(verzoek, formulier, 200);
        }
        Optional<NieuweSubsidieaanvraag> aanvraag = Aanvraagformulier.lees(formulier, gemeente, Inwoners.vandaag());
        if (aanvraag.isEmpty()) {
            return formulier(verzoek, formulier, 422);
        }
        if (actie.equals("verstuur")) {
            try {
                Initiatief ingediend = subsidieaanvragen.dienSubsidieaanvraagIn(gemeente.code(), aanvraag.get(), gebruiker.naam());
                return Antwoord.naar("/gemeenten/" + gemeente.code() + "/mijn-aanvragen/" + ingediend.id() + "?ingediend=ja");
            } catch (OngeldigeInvoerException e) {
                e.overtredingen().forEach(o -> formulier.fout(veld(o.veld()), o.reden()));
                return formulier(verzoek, formulier, 422);
            } catch (VerzoekGeweigerdException e) {
                e.redenen().forEach(r -> formulier.fout(veld(e.veld()), r.toelichting() + " (" + r.artikel() + ")"));
                return formulier(verzoek, formulier, 422);
            }
        }
        GeldendeRegels<Subsidieregeling> geldend = regels.subsidieregeling(gemeente.code(), Aanvraagformulier.REGELING,
                Inwoners.vandaag()).orElseThrow(() -> new PaginaFout(503, "Subsidie aanvragen kan nu niet",
                        "Voor " + gemeente.getoondeNaam() + " staan de regels voor bewonersinitiatieven nog niet op het "
                                + "platform. Zonder die regels kan niemand uw aanvraag beoordelen, dus er is niets opgeslagen.",
                        "Probeer het later opnieuw, of vraag de gemeente hoe u nu subsidie aanvraagt."));
        Beoordeling beoordeling = geldend.regels().beoordeel(aanvraag.get().aanvraag());
        return Inwoners.pagina("aanvraag-toets.ftlh", "Stap 2 van 3: controleer uw aanvraag").met("formulier", formulier)
                .met("aanvraag", aanvraag.get()).met("beoordeling", beoordeling).met("regels", geldend.info())
                .met("feiten", geldend.regels().feiten())
                .met("maximum", geldend.regels().maximumInCentenVoorWijk(aanvraag.get().aanvraag().wijk().orElse(""))
                        .get(aanvraag.get().aanvraag().schaal()))
                .met("kenmerken", Arrays.asList(Kenmerk.values()));
    }

    private Antwoord formulier(Verzoek verzoek, Formulier formulier, int status) {
        return Inwoners.pagina("aanvraag.ftlh", "Stap 1 van 3: uw plan").met("formulier", formulier)
                .met("schalen", Arrays.asList(Schaal.values())).met("kenmerken", Arrays.asList(Kenmerk.values()))
                .status(status);
    }

    /** The form field an API field name belongs to. */
    private static String veld(String apiVeld) {
        return switch (apiVeld) {
            case "activiteitOp", "titel", "omschrijving", "schaal", "wijk", "kenmerken" -> apiVeld;
            case "gevraagd", "bedrag" -> "gevraagd";
            case "leeftijdAanvrager" -> "leeftijd";
            case "leeftijdenOndersteuners" -> "ondersteuners";
            default -> "titel";
        };
    }
}
