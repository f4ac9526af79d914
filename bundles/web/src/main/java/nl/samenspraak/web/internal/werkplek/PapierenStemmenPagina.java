package nl.samenspraak.web.internal.werkplek;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.PapierenStemmenService;
import nl.samenspraak.api.wijkbudget.PapierenStemmenService.Import;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeService;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/werkplek/rondes/{id}/papieren-stemmen}: paper ballots in two steps. The file is first
 * checked without storing anything ({@link PapierenStemmenService#controleerPapierenStemmen}): how many ballots would
 * be read, and each refused line with the reason. Only "inlezen" then imports the same file, through the same service
 * the API uses, so a ballot that became invalid in between is still refused.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/werkplek/rondes/{id}/papieren-stemmen")
public class PapierenStemmenPagina implements Pagina {

    /** A line the import would refuse: its number, its text when the file is CSV, and why. */
    public record Geweigerd(int regel, String tekst, String reden) {
    }

    @Reference
    private RondeService rondes;

    @Reference
    private PapierenStemmenService papier;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Werkplek.ambtenaar(verzoek);
        return formulier(ronde(verzoek), Formulier.leeg(), 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Gebruiker ambtenaar = Werkplek.ambtenaar(verzoek);
        Gemeente gemeente = verzoek.gemeenteVereist();
        Ronde ronde = ronde(verzoek);
        Formulier formulier = verzoek.formulier();
        try {
            if ("importeren".equals(formulier.waarde("actie"))) {
                Import gedaan = papier.importeerPapierenStemmen(gemeente.code(), ronde.id(), formulier.waarde("inhoud"),
                        ambtenaar.naam());
                return Antwoord.naar(Werkplek.pad(gemeente) + "/rondes/" + ronde.id() + "?ingelezen=" + gedaan.ingelezen()
                        + (gedaan.geweigerd().isEmpty() ? "" : "&geweigerd=" + gedaan.geweigerd().size()));
            }
            Optional<String> bestand = verzoek.bestand("stemmen");
            if (bestand.isEmpty()) {
                formulier.fout("stemmen", "Kies het bestand met de papieren stemmen");
                return formulier(ronde, formulier, 422);
            }
            Import voorbeeld = papier.controleerPapierenStemmen(gemeente.code(), ronde.id(), bestand.get());
            return Werkplek.pagina("papieren-stemmen-controle.ftlh", "Papieren stemmen controleren: " + ronde.titel())
                    .met("ronde", ronde).met("voorbeeld", voorbeeld).met("inhoud", bestand.get())
                    .met("geweigerd", geweigerd(bestand.get(), voorbeeld));
        } catch (OngeldigeInvoerException e) {
            formulier.fout("stemmen", "Het bestand kan niet worden gelezen: " + e.overtredingen().stream()
                    .map(o -> o.veld().startsWith("regel") ? o.veld() + ": " + o.reden() : o.reden()).toList()
                    + ". Er is niets opgeslagen.");
            return formulier(ronde, formulier, 422);
        } catch (StemGeweigerdException e) {
            formulier.fout("stemmen", e.getMessage() + ". Er is niets opgeslagen.");
            return formulier(ronde, formulier, 409);
        }
    }

    private static List<Geweigerd> geweigerd(String inhoud, Import voorbeeld) {
        boolean csv = !inhoud.stripLeading().startsWith("META");
        String[] regels = inhoud.split("\\R");
        List<Geweigerd> lijst = new ArrayList<>();
        voorbeeld.geweigerd().forEach((regel, reden) -> lijst.add(new Geweigerd(regel,
                csv && regel >= 1 && regel <= regels.length ? regels[regel - 1].strip() : "", reden)));
        return lijst;
    }

    private Ronde ronde(Verzoek verzoek) {
        Ronde ronde = rondes.get(verzoek.gemeenteVereist().code(), verzoek.pad("id"));
        if (ronde.fase() != Fase.STEMMEN) {
            throw new PaginaFout(409, "Er kan nu niet worden gestemd", "Papieren stemmen worden ingelezen zolang "
                    + ronde.titel() + " in de fase stemmen is; de ronde is nu in een andere fase.", "Ga terug naar de ronde.");
        }
        return ronde;
    }

    private static Antwoord formulier(Ronde ronde, Formulier formulier, int status) {
        return Werkplek.pagina("papieren-stemmen.ftlh", "Papieren stemmen inlezen: " + ronde.titel()).status(status)
                .met("ronde", ronde).met("formulier", formulier);
    }
}
