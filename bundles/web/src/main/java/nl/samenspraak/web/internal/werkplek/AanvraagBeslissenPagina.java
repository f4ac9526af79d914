package nl.samenspraak.web.internal.werkplek;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.OvergangNietToegestaanException;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Subsidieadvies;
import nl.samenspraak.api.initiatief.SubsidieaanvraagService;
import nl.samenspraak.api.initiatief.SubsidieaanvraagService.Afwijking;
import nl.samenspraak.api.initiatief.Subsidiegegevens;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.werkplek.Toewijzingen;
import nl.samenspraak.rules.Beoordeling.Uitkomst;
import nl.samenspraak.web.internal.inwoners.Aanvraagformulier;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/werkplek/aanvragen/{id}}: deciding a subsidy application. The application; what the
 * rules in force on its submission day advise, with each article; what is left in the budget; the outcome
 * pre-filled with that advice (another outcome needs a written motivation, which the besluit records); or an
 * aanvulling requested, which stops the decision clock. The besluit then opens as a printable letter.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/werkplek/aanvragen/{id}")
public class AanvraagBeslissenPagina implements Pagina {

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private SubsidieaanvraagService subsidieaanvragen;

    @Reference
    private Toewijzingen toewijzingen;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Werkplek.ambtenaar(verzoek);
        Initiatief initiatief = aanvraag(verzoek);
        Formulier formulier = Formulier.leeg();
        if (initiatief.status() == Status.AANGEVRAAGD) {
            Subsidieadvies advies = subsidieaanvragen.advies(initiatief.gemeente(), initiatief.id());
            formulier = voorIngevuld(advies, initiatief.gegevens(Subsidiegegevens.class).gevraagd());
        }
        return toon(verzoek, initiatief, formulier, 200).met("aanvullingGevraagd", verzoek.parameter("aanvulling").isPresent());
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gebruiker ambtenaar = Werkplek.ambtenaar(verzoek);
        Gemeente gemeente = verzoek.gemeenteVereist();
        Initiatief initiatief = aanvraag(verzoek);
        Formulier formulier = verzoek.formulier();
        String pad = Werkplek.pad(gemeente) + "/aanvragen/" + initiatief.id();
        try {
            if ("aanvulling".equals(formulier.waarde("actie"))) {
                if (formulier.waarde("toelichting").isEmpty()) {
                    formulier.fout("toelichting", "Schrijf op wat de aanvrager nog moet sturen of aanpassen.");
                    return toon(verzoek, initiatief, formulier, 422);
                }
                subsidieaanvragen.vraagAanvulling(gemeente.code(), initiatief.id(), formulier.waarde("toelichting"), ambtenaar.naam());
                return Antwoord.naar(pad + "?aanvulling=gevraagd");
            }
            Optional<Afwijking> besluit = lees(formulier);
            if (besluit.isEmpty()) {
                return toon(verzoek, initiatief, formulier, 422);
            }
            Besluit genomen = subsidieaanvragen.beslisOpSubsidieaanvraag(gemeente.code(), initiatief.id(), Optional.empty(),
                    besluit, ambtenaar.naam());
            return Antwoord.naar(pad + "/besluiten/" + genomen.id() + "?nieuw=ja");
        } catch (OngeldigeInvoerException e) {
            e.overtredingen().forEach(o -> formulier.fout(veld(o.veld()), tekst(o.veld(), o.reden())));
            return toon(verzoek, initiatief, formulier, 422);
        } catch (OvergangNietToegestaanException e) {
            throw new PaginaFout(409, "Hierover is al beslist", "Over " + initiatief.titel() + " is intussen al een besluit "
                    + "genomen of een aanvulling gevraagd. Er is niets opgeslagen.", "Bekijk de aanvraag opnieuw.");
        }
    }

    /** The outcome as the form gives it; empty (with errors on the form) when something is missing. */
    static Optional<Afwijking> lees(Formulier formulier) {
        Uitkomst uitkomst = switch (formulier.waarde("uitkomst")) {
            case "TOEGEKEND" -> Uitkomst.TOEGEKEND;
            case "AFGEWEZEN" -> Uitkomst.AFGEWEZEN;
            default -> null;
        };
        if (uitkomst == null) {
            formulier.fout("uitkomst", "Kies of u de subsidie toekent of afwijst.");
            return Optional.empty();
        }
        Optional<Bedrag> bedrag = Optional.empty();
        if (uitkomst == Uitkomst.TOEGEKEND) {
            bedrag = Aanvraagformulier.bedrag(formulier, "bedrag");
            if (bedrag.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Afwijking(uitkomst, bedrag, formulier.waarde("motivering")));
    }

    private static Formulier voorIngevuld(Subsidieadvies advies, Bedrag gevraagd) {
        Map<String, List<String>> waarden = new LinkedHashMap<>();
        Uitkomst uitkomst = advies.beoordeling().uitkomst();
        if (uitkomst != Uitkomst.AANVULLING_NODIG) {
            waarden.put("uitkomst", List.of(uitkomst.name()));
        }
        Bedrag bedrag = uitkomst == Uitkomst.TOEGEKEND ? Bedrag.centen(advies.beoordeling().bedragInCenten()) : gevraagd;
        waarden.put("bedrag", List.of(bedrag.toString().replace('.', ',')));
        return new Formulier(waarden);
    }

    private static String veld(String veld) {
        return switch (veld) {
            case "bedrag", "motivering", "toelichting" -> veld;
            default -> "uitkomst";
        };
    }

    private static String tekst(String veld, String reden) {
        return switch (veld) {
            case "motivering" -> "U wijkt af van het advies van de regels. Schrijf op waarom: dat komt in het besluit.";
            case "bedrag" -> "Het bedrag klopt niet: " + reden + ".";
            case "toelichting" -> "Schrijf op wat de aanvrager nog moet sturen of aanpassen.";
            case "budgetId" -> "Er is geen budget om deze subsidie op te boeken: " + reden + ".";
            default -> reden;
        };
    }

    private Initiatief aanvraag(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Initiatief initiatief = initiatieven.get(gemeente.code(), verzoek.pad("id"));
        if (initiatief.soort() != Initiatiefsoort.BEWONERSINITIATIEF) {
            throw new InitiatiefNietGevondenException(gemeente.code(), initiatief.id());
        }
        return initiatief;
    }

    private Antwoord toon(Verzoek verzoek, Initiatief initiatief, Formulier formulier, int status) {
        String gemeente = initiatief.gemeente();
        Antwoord antwoord = Werkplek.pagina("aanvraag-beslissen.ftlh", "Aanvraag beslissen: " + initiatief.titel())
                .status(status).met("initiatief", initiatief).met("gegevens", initiatief.gegevens(Subsidiegegevens.class))
                .met("formulier", formulier)
                .met("overgangen", initiatieven.overgangen(gemeente, initiatief.id()))
                .met("besluiten", initiatieven.besluiten(gemeente, initiatief.id()))
                .met("toewijzingen", toewijzingen.geschiedenis(gemeente, initiatief.id()))
                .met("vandaag", Werkplek.vandaag());
        if (initiatief.status() == Status.AANGEVRAAGD || initiatief.status() == Status.AANVULLING_GEVRAAGD) {
            antwoord.met("advies", subsidieaanvragen.advies(gemeente, initiatief.id()));
        }
        return antwoord;
    }
}
