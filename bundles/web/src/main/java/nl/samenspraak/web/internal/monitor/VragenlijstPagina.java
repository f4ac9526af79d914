package nl.samenspraak.web.internal.monitor;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Inzage;
import nl.samenspraak.api.monitor.Aanleiding;
import nl.samenspraak.api.monitor.AlBeantwoordException;
import nl.samenspraak.api.monitor.GeenDeelnemerException;
import nl.samenspraak.api.monitor.Nogmaals;
import nl.samenspraak.api.monitor.Vragenlijst;
import nl.samenspraak.api.monitor.VragenlijstNietGevondenException;
import nl.samenspraak.api.monitor.VragenlijstService;
import nl.samenspraak.api.monitor.VragenlijstService.Invulling;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/vragenlijsten/{id}}: the questionnaire for participants, on one page without
 * JavaScript. Who took part in a traject, inspraak or application signs in; a voter gives the receipt of their vote
 * instead. One response each; the answers are stored without a name.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/vragenlijsten/{id}")
public class VragenlijstPagina implements Pagina {

    @Reference
    private VragenlijstService vragenlijsten;

    @Reference
    private InitiatiefService initiatieven;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Vragenlijst v = vragenlijst(verzoek);
        if (!v.metOntvangstbewijs()) {
            Gebruiker gebruiker = verzoek.aangemeldeGebruiker();
            String gemeente = verzoek.gemeenteVereist().code();
            if (vragenlijsten.heeftGeantwoord(gemeente, v.id(), gebruiker.naam())) {
                return Monitorpaginas.pagina("al-ingevuld.ftlh", "U heeft deze vragenlijst al ingevuld").met("vragenlijst", v);
            }
            if (vragenlijsten.openVoor(gemeente, gebruiker.naam()).stream().noneMatch(o -> o.id().equals(v.id()))) {
                throw PaginaFout.geenToegang("Deze vragenlijst is voor de mensen die aan '" + v.titel() + "' hebben meegedaan.");
            }
        }
        return formulier(v, Formulier.leeg(), 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Vragenlijst v = vragenlijst(verzoek);
        Gemeente gemeente = verzoek.gemeenteVereist();
        Formulier formulier = verzoek.formulier();
        Invulling invulling = new Invulling(Monitorpaginas.oordelen(formulier), Monitorpaginas.getal(formulier, "cijferProces"),
                Monitorpaginas.getal(formulier, "cijferResultaat"), Monitorpaginas.keuze(formulier, "nogmaals", Nogmaals.class),
                formulier.waarde("goed"), formulier.waarde("beter"));
        try {
            if (v.metOntvangstbewijs()) {
                vragenlijsten.beantwoordMetOntvangstbewijs(gemeente.code(), v.id(), invulling, formulier.waarde("ontvangstbewijs"));
            } else {
                vragenlijsten.beantwoord(gemeente.code(), v.id(), invulling, verzoek.aangemeldeGebruiker().naam());
            }
        } catch (OngeldigeInvoerException e) {
            e.overtredingen().forEach(o -> formulier.fout(Monitorpaginas.formulierveld(o.veld()), o.reden()));
            return formulier(v, formulier, 422);
        } catch (GeenDeelnemerException e) {
            if (!v.metOntvangstbewijs()) {
                throw PaginaFout.geenToegang(e.getMessage() + ".");
            }
            formulier.fout("ontvangstbewijs", "Deze code hoort niet bij een stem in deze ronde. Kijk of u de code goed heeft overgenomen.");
            return formulier(v, formulier, 422);
        } catch (AlBeantwoordException e) {
            return Monitorpaginas.pagina("al-ingevuld.ftlh", "U heeft deze vragenlijst al ingevuld").met("vragenlijst", v).status(409);
        }
        return Antwoord.naar("/gemeenten/" + gemeente.code() + "/vragenlijsten/" + v.id() + "/bedankt");
    }

    private Vragenlijst vragenlijst(Verzoek verzoek) {
        String gemeente = verzoek.gemeenteVereist().code();
        Vragenlijst v = vragenlijsten.vragenlijst(gemeente, verzoek.pad("id"));
        // a questionnaire on a personal application is as hidden as the application
        if (v.aanleiding() == Aanleiding.BESLUIT && !Inzage.magZien(verzoek.gebruiker(), initiatieven.get(gemeente, v.onderwerp()),
                initiatieven.deelnames(gemeente, v.onderwerp()))) {
            if (verzoek.gebruiker().isEmpty()) {
                verzoek.aangemeldeGebruiker();
            }
            throw new VragenlijstNietGevondenException(gemeente, v.id());
        }
        return v;
    }

    private static Antwoord formulier(Vragenlijst v, Formulier formulier, int status) {
        return Monitorpaginas.pagina("vragenlijst.ftlh", "Vragenlijst: " + v.titel()).met("vragenlijst", v)
                .met("formulier", formulier).met("nogmaalsKeuzes", java.util.List.of(Nogmaals.values())).status(status);
    }
}
