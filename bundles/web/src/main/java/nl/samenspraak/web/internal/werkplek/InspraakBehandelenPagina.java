package nl.samenspraak.web.internal.werkplek;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.InspraakService;
import nl.samenspraak.api.initiatief.InspraakService.NieuweZienswijze;
import nl.samenspraak.api.initiatief.Inspraakgegevens;
import nl.samenspraak.api.initiatief.OvergangNietToegestaanException;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.VerzoekGeweigerdException;
import nl.samenspraak.api.initiatief.Zienswijze;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.web.internal.inwoners.Aanvraagformulier;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/werkplek/inspraak/{id}}: one inspraak for the civil servant. The draft and its terms;
 * zienswijzen received on paper registered with their day of receipt (the ordinance's term and circle apply as
 * online); the reactienota answering each zienswijze, which is refused until every one has its answer and the term
 * for zienswijzen has passed; then published.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/werkplek/inspraak/{id}")
public class InspraakBehandelenPagina implements Pagina {

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private InspraakService inspraakdienst;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Werkplek.ambtenaar(verzoek);
        Initiatief inspraak = inspraak(verzoek);
        return toon(verzoek, inspraak, Formulier.leeg(), 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gebruiker ambtenaar = Werkplek.ambtenaar(verzoek);
        Gemeente gemeente = verzoek.gemeenteVereist();
        Initiatief inspraak = inspraak(verzoek);
        Formulier formulier = verzoek.formulier();
        String pad = Werkplek.pad(gemeente) + "/inspraak/" + inspraak.id();
        if ("reactienota".equals(formulier.waarde("actie"))) {
            return reactienota(verzoek, inspraak, formulier, ambtenaar, pad);
        }
        formulier.verplicht("inhoud", "Neem de tekst van de zienswijze over");
        Optional<LocalDate> ontvangen = Aanvraagformulier.datum(formulier, "ontvangenOp", "de dag van ontvangst");
        String woont = formulier.waarde("ingezetene");
        if (!woont.equals("ja") && !woont.equals("nee")) {
            formulier.fout("ingezetene", "Kies of de indiener in " + gemeente.getoondeNaam() + " woont");
        }
        Optional<Integer> leeftijd = Aanvraagformulier.geheelGetal(formulier, "leeftijd", "de leeftijd van de indiener", 0, 130);
        if (formulier.heeftFouten()) {
            return toon(verzoek, inspraak, formulier, 422);
        }
        try {
            Zienswijze zienswijze = inspraakdienst.dienZienswijzeIn(gemeente.code(), inspraak.id(), new NieuweZienswijze(
                    formulier.waarde("inhoud"), ontvangen.get(), woont.equals("ja"), formulier.gekozen("belanghebbende", "ja"),
                    leeftijd.get()), ambtenaar.naam());
            return Antwoord.naar(pad + "?geregistreerd=" + zienswijze.id());
        } catch (VerzoekGeweigerdException e) {
            String veld = "ontvangenOp".equals(e.veld()) ? "ontvangenOp" : "ingezetene";
            e.redenen().forEach(r -> formulier.fout(veld, r.toelichting() + " (Dit staat in: " + r.artikel() + ".)"));
            return toon(verzoek, inspraak, formulier, 422);
        } catch (OngeldigeInvoerException e) {
            e.overtredingen().forEach(o -> formulier.fout(o.veld().equals("ontvangenOp") ? "ontvangenOp" : "inhoud",
                    o.veld().equals("ontvangenOp") ? "De dag van ontvangst " + o.reden() : o.reden()));
            return toon(verzoek, inspraak, formulier, 422);
        }
    }

    private Antwoord reactienota(Verzoek verzoek, Initiatief inspraak, Formulier formulier, Gebruiker ambtenaar, String pad) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        formulier.verplicht("tekst", "Schrijf het algemene deel van de reactienota");
        Map<String, String> antwoorden = new LinkedHashMap<>();
        List<Zienswijze> zienswijzen = inspraakdienst.zienswijzen(gemeente.code(), inspraak.id());
        for (int i = 0; i < zienswijzen.size(); i++) {
            Zienswijze z = zienswijzen.get(i);
            String antwoord = formulier.waarde("antwoord-" + z.id());
            if (antwoord.isEmpty()) {
                formulier.fout("antwoord-" + z.id(), "Geef antwoord op zienswijze " + (i + 1) + ": elke zienswijze krijgt een "
                        + "antwoord voordat de reactienota verschijnt");
            }
            antwoorden.put(z.id(), antwoord);
        }
        if (formulier.heeftFouten()) {
            return toon(verzoek, inspraak, formulier, 422);
        }
        try {
            inspraakdienst.stelReactienotaVast(gemeente.code(), inspraak.id(), formulier.waarde("tekst"), antwoorden,
                    ambtenaar.naam());
            return Antwoord.naar(pad + "?vastgesteld=ja");
        } catch (OvergangNietToegestaanException e) {
            formulier.fout("tekst", e.getMessage());
            return toon(verzoek, inspraak, formulier, 409);
        } catch (OngeldigeInvoerException e) {
            e.overtredingen().forEach(o -> formulier.fout("tekst", o.reden()));
            return toon(verzoek, inspraak, formulier, 422);
        }
    }

    private Initiatief inspraak(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Initiatief initiatief = initiatieven.get(gemeente.code(), verzoek.pad("id"));
        if (initiatief.soort() != Initiatiefsoort.INSPRAAK) {
            throw new InitiatiefNietGevondenException(gemeente.code(), initiatief.id());
        }
        return initiatief;
    }

    private Antwoord toon(Verzoek verzoek, Initiatief inspraak, Formulier formulier, int status) {
        String gemeente = inspraak.gemeente();
        Inspraakgegevens gegevens = inspraak.gegevens(Inspraakgegevens.class);
        return Werkplek.pagina("inspraak-behandelen.ftlh", "Inspraak: " + inspraak.titel()).status(status)
                .met("inspraak", inspraak).met("gegevens", gegevens).met("formulier", formulier)
                .met("zienswijzen", inspraakdienst.zienswijzen(gemeente, inspraak.id()))
                .met("overgangen", initiatieven.overgangen(gemeente, inspraak.id()))
                .met("open", inspraak.status() == Status.TER_INZAGE)
                .met("termijnVoorbij", Werkplek.vandaag().isAfter(gegevens.zienswijzenTot()))
                .met("gestart", verzoek.parameter("gestart").isPresent())
                .met("geregistreerd", verzoek.parameter("geregistreerd").isPresent())
                .met("vastgesteld", verzoek.parameter("vastgesteld").isPresent());
    }
}
