package nl.samenspraak.web.internal.inwoners;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.initiatief.UitdaagverzoekService;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.UitdaagverzoekService.NieuwUitdaagverzoek;
import nl.samenspraak.api.initiatief.VerzoekGeweigerdException;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.rules.Uitdaagverzoek;
import nl.samenspraak.rules.Uitdaagverzoek.Onderbouwing;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/uitdaagrecht/nieuw}: a Right to Challenge request (signed in): which task, with or
 * without its budget, who supports it and what it shows. Its status then follows in "mijn aanvragen".
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/uitdaagrecht/nieuw")
public class UitdaagrechtPagina implements Pagina {


    @Reference
    private UitdaagverzoekService uitdaagverzoeken;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Inwoners.indiener(verzoek.aangemeldeGebruiker(), verzoek.gemeenteVereist());
        return formulier(Formulier.leeg(), 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Gebruiker gebruiker = Inwoners.indiener(verzoek.aangemeldeGebruiker(), gemeente);
        Formulier formulier = verzoek.formulier();
        formulier.verplicht("titel", "Geef uw verzoek een naam");
        formulier.verplicht("taak", "Schrijf welke taak van de gemeente u wilt overnemen");
        formulier.verplicht("omschrijving", "Vertel hoe u de taak wilt uitvoeren");
        boolean metBudget = formulier.gekozen("metBudget", "ja");
        Optional<Bedrag> budget = metBudget ? Aanvraagformulier.bedrag(formulier, "budget") : Optional.of(Bedrag.NUL);
        Optional<Integer> ondersteuners = Aanvraagformulier.geheelGetal(formulier, "ondersteuners",
                "het aantal bewoners dat uw verzoek steunt", 0, 1_000_000);
        Set<Onderbouwing> onderbouwing = EnumSet.noneOf(Onderbouwing.class);
        formulier.waarden("onderbouwing").forEach(o -> {
            try {
                onderbouwing.add(Onderbouwing.valueOf(o));
            } catch (IllegalArgumentException e) {
                formulier.fout("onderbouwing", "Kies alleen uit de lijst");
            }
        });
        if (formulier.heeftFouten()) {
            return formulier(formulier, 422);
        }
        try {
            Initiatief verzoekIn = uitdaagverzoeken.dienUitdaagverzoekIn(gemeente.code(), new NieuwUitdaagverzoek(
                    formulier.waarde("titel"), formulier.waarde("omschrijving"), formulier.optioneel("wijk"),
                    new Uitdaagverzoek(Inwoners.vandaag(), formulier.waarde("taak"), metBudget, budget.get().centen(),
                            ondersteuners.get(), onderbouwing)), gebruiker.naam());
            return Antwoord.naar("/gemeenten/" + gemeente.code() + "/mijn-aanvragen/" + verzoekIn.id() + "?ingediend=ja");
        } catch (OngeldigeInvoerException e) {
            e.overtredingen().forEach(o -> formulier.fout("omschrijving", o.reden()));
            return formulier(formulier, 422);
        } catch (VerzoekGeweigerdException e) {
            e.redenen().forEach(r -> formulier.fout("taak", r.toelichting() + " (Dit staat in: " + r.artikel() + ".)"));
            return formulier(formulier, 422);
        }
    }

    private Antwoord formulier(Formulier formulier, int status) {
        return Inwoners.pagina("uitdaagrecht.ftlh", "Right to Challenge: daag de gemeente uit").met("formulier", formulier)
                .met("onderbouwingen", Arrays.asList(Onderbouwing.values())).status(status);
    }
}
