package nl.samenspraak.mail.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.mail.Frequentie;
import nl.samenspraak.api.mail.Mailadres;
import nl.samenspraak.api.mail.Mailadressen;
import nl.samenspraak.api.mail.Mailsoort;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /profiel/mail}: a signed-in resident adds, changes or removes their e-mail address and chooses per kind of
 * mail how often they want it. The address is shown to nobody else; removing it removes the choices too.
 */
@Component(property = Pagina.PAD + "=/profiel/mail")
public class MailprofielPagina implements Pagina {

    static final String SJABLOON = "mail-profiel.ftlh";
    static final String TITEL = "Mail van Samenspraak";

    /** The kinds a resident receives, with how the page names them. */
    static final Map<Mailsoort, String> SOORTEN = Map.of(
            Mailsoort.AANVRAAG_ONTVANGEN, "Bevestiging dat uw aanvraag of verzoek binnen is",
            Mailsoort.AANVULLING_GEVRAAGD, "De gemeente vraagt om meer informatie",
            Mailsoort.BESLUIT_GENOMEN, "Het besluit over uw aanvraag of verzoek",
            Mailsoort.ZIENSWIJZE_ONTVANGEN, "Bevestiging dat uw zienswijze binnen is",
            Mailsoort.REACTIENOTA_GEPUBLICEERD, "De reactienota op een ontwerp waarop u reageerde",
            Mailsoort.PLAN_GETOETST, "De uitkomst van de haalbaarheidstoets van uw plan",
            Mailsoort.UITSLAG_RONDE, "De uitslag van een wijkbudget waaraan u meedeed",
            Mailsoort.VRAGENLIJST_UITNODIGING, "Een uitnodiging om een vragenlijst in te vullen over iets waaraan u meedeed",
            Mailsoort.ZAAK_TOEGEWEZEN, "Een collega wijst u een zaak uit de werkvoorraad toe");

    /** Shown only to who works for a gemeente. */
    static final Set<Mailsoort> VOOR_MEDEWERKERS = Set.of(Mailsoort.ZAAK_TOEGEWEZEN);

    static final List<Frequentie> KEUZES = List.of(Frequentie.DIRECT, Frequentie.DAGELIJKS, Frequentie.NOOIT);

    private final Mailadressen adressen;

    @Activate
    public MailprofielPagina(@Reference Mailadressen adressen) {
        this.adressen = adressen;
    }

    @Override
    public Antwoord get(Verzoek verzoek) {
        Gebruiker gebruiker = verzoek.aangemeldeGebruiker();
        Optional<Mailadres> adres = adressen.van(gebruiker.naam());
        String melding = verzoek.parameter("opgeslagen").map(o -> o.equals("verwijderd")
                ? "Uw e-mailadres en uw keuzes zijn verwijderd." : "Uw keuzes zijn opgeslagen.").orElse("");
        return pagina(formulier(adres, soorten(gebruiker)), adres, soorten(gebruiker), melding, 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gebruiker gebruiker = verzoek.aangemeldeGebruiker();
        if (verzoek.parameter("verwijder").isPresent()) {
            adressen.verwijder(gebruiker.naam());
            return Antwoord.naar("/profiel/mail?opgeslagen=verwijderd");
        }
        Formulier formulier = verzoek.formulier();
        String adres = formulier.waarde("adres");
        if (!Adrescontrole.isAdres(adres)) {
            formulier.fout("adres", adres.isEmpty() ? "Vul uw e-mailadres in"
                    : "Vul een e-mailadres in zoals naam@voorbeeld.nl");
        }
        List<Mailsoort> soorten = soorten(gebruiker);
        for (Mailsoort soort : soorten) {
            String gekozen = formulier.waarde(soort.naam());
            if (KEUZES.stream().noneMatch(f -> f.naam().equals(gekozen))) {
                formulier.fout(soort.naam(), "Kies hoe vaak u deze mail wilt");
            }
        }
        if (formulier.heeftFouten()) {
            return pagina(formulier, adressen.van(gebruiker.naam()), soorten, "", 422);
        }
        adressen.bewaar(gebruiker.naam(), adres);
        for (Mailsoort soort : soorten) {
            adressen.stelIn(gebruiker.naam(), soort, Frequentie.valueOf(formulier.waarde(soort.naam()).toUpperCase()));
        }
        return Antwoord.naar("/profiel/mail?opgeslagen=ja");
    }

    private static Formulier formulier(Optional<Mailadres> adres, List<Mailsoort> soorten) {
        Map<String, List<String>> waarden = new java.util.LinkedHashMap<>();
        waarden.put("adres", List.of(adres.map(Mailadres::adres).orElse("")));
        for (Mailsoort soort : soorten) {
            waarden.put(soort.naam(), List.of(adres.map(a -> a.frequentie(soort)).orElse(Frequentie.DIRECT).naam()));
        }
        return new Formulier(waarden);
    }

    private static Antwoord pagina(Formulier formulier, Optional<Mailadres> adres, List<Mailsoort> soorten, String melding,
            int status) {
        List<List<String>> rijen = new ArrayList<>();
        for (Mailsoort soort : soorten) {
            rijen.add(List.of(soort.naam(), SOORTEN.get(soort)));
        }
        return Antwoord.pagina(SJABLOON, TITEL).met("formulier", formulier).met("soorten", rijen)
                .met("heeftAdres", adres.isPresent()).met("melding", melding).status(status);
    }

    /** The kinds this user may receive, in a fixed order: the order of {@link Mailsoort}. */
    static List<Mailsoort> soorten(Gebruiker gebruiker) {
        boolean medewerker = gebruiker.isBeheerder()
                || gebruiker.gemeenten().stream().anyMatch(g -> gebruiker.heeft(Rol.AMBTENAAR, g));
        return Arrays.stream(Mailsoort.values()).filter(SOORTEN::containsKey)
                .filter(s -> medewerker || !VOOR_MEDEWERKERS.contains(s)).toList();
    }
}
