package nl.samenspraak.web.internal.monitor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Participatieniveau;
import nl.samenspraak.api.monitor.Typering;
import nl.samenspraak.api.monitor.VragenlijstService;
import nl.samenspraak.api.monitor.VragenlijstService.NieuweZelfevaluatie;
import nl.samenspraak.api.monitor.Zelfevaluatie;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/monitor/{onderwerp}/zelfevaluatie}: the project leader answers the same eight statements
 * and describes the traject; given again, it replaces the earlier one.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/monitor/{onderwerp}/zelfevaluatie")
public class ZelfevaluatiePagina implements Pagina {

    @Reference
    private VragenlijstService vragenlijsten;

    @Reference
    private InitiatiefService initiatieven;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Initiatief traject = traject(verzoek);
        Formulier formulier = vragenlijsten.zelfevaluatie(traject.gemeente(), traject.id()).map(ZelfevaluatiePagina::eerder)
                .orElse(Formulier.leeg());
        return formulier(traject, formulier, 200);
    }

    @Override
    public Antwoord post(Verzoek verzoek) {
        Initiatief traject = traject(verzoek);
        Gebruiker gebruiker = verzoek.aangemeldeGebruiker();
        Formulier formulier = verzoek.formulier();
        try {
            vragenlijsten.evalueer(traject.gemeente(), traject.id(), new NieuweZelfevaluatie(Monitorpaginas.oordelen(formulier),
                    Monitorpaginas.keuze(formulier, "soort", Typering.Participatiesoort.class),
                    Monitorpaginas.keuze(formulier, "niveau", Participatieniveau.class),
                    Monitorpaginas.keuze(formulier, "schaal", Typering.Schaal.class), Monitorpaginas.getal(formulier, "duurInWeken"),
                    Monitorpaginas.keuze(formulier, "beslisser", Typering.Beslisser.class)), gebruiker.naam());
        } catch (OngeldigeInvoerException e) {
            e.overtredingen().forEach(o -> formulier.fout(Monitorpaginas.formulierveld(o.veld()), o.reden()));
            return formulier(traject, formulier, 422);
        }
        return Antwoord.naar("/gemeenten/" + traject.gemeente() + "/monitor/" + traject.id());
    }

    private Initiatief traject(Verzoek verzoek) {
        String onderwerp = verzoek.pad("onderwerp");
        Monitorpaginas.magOverzichtZien(verzoek, initiatieven, onderwerp);
        Initiatief traject = initiatieven.get(verzoek.gemeenteVereist().code(), onderwerp);
        if (traject.soort() != Initiatiefsoort.PARTICIPATIETRAJECT) {
            throw PaginaFout.nietGevonden("Een zelfevaluatie hoort bij een participatietraject.");
        }
        return traject;
    }

    /** The earlier self-evaluation as a filled-in form, to change it. */
    private static Formulier eerder(Zelfevaluatie z) {
        Map<String, List<String>> waarden = new LinkedHashMap<>();
        z.oordelen().forEach((s, o) -> waarden.put(Monitorpaginas.veld(s), List.of(o.sleutel())));
        waarden.put("soort", List.of(z.typering().soort().sleutel()));
        waarden.put("niveau", List.of(z.typering().niveau().name().toLowerCase(Locale.ROOT)));
        waarden.put("schaal", List.of(z.typering().schaal().sleutel()));
        waarden.put("duurInWeken", List.of(String.valueOf(z.typering().duurInWeken())));
        waarden.put("beslisser", List.of(z.typering().beslisser().sleutel()));
        return new Formulier(waarden);
    }

    private Antwoord formulier(Initiatief traject, Formulier formulier, int status) {
        return Monitorpaginas.pagina("zelfevaluatie.ftlh", "Zelfevaluatie: " + traject.titel()).met("traject", traject)
                .met("formulier", formulier)
                .met("soorten", List.of(Typering.Participatiesoort.values())).met("niveaus", List.of(Participatieniveau.values()))
                .met("schalen", List.of(Typering.Schaal.values())).met("beslissers", List.of(Typering.Beslisser.values()))
                .status(status);
    }
}
