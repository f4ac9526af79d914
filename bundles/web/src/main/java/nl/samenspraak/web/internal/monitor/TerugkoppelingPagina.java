package nl.samenspraak.web.internal.monitor;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.monitor.Nogmaals;
import nl.samenspraak.api.monitor.Reactieoverzicht;
import nl.samenspraak.api.monitor.VragenlijstService;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/monitor/{onderwerp}}: the project leader's view of a traject (or inspraak, application,
 * round): per statement the distribution and mean of the participants' answers beside the project leader's own,
 * the rapportcijfers and the open answers; from five responses on, below that only "te weinig reacties".
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/monitor/{onderwerp}")
public class TerugkoppelingPagina implements Pagina {

    @Reference
    private VragenlijstService vragenlijsten;

    @Reference
    private InitiatiefService initiatieven;

    @Override
    public Antwoord get(Verzoek verzoek) {
        String onderwerp = verzoek.pad("onderwerp");
        Monitorpaginas.magOverzichtZien(verzoek, initiatieven, onderwerp);
        String gemeente = verzoek.gemeenteVereist().code();
        Reactieoverzicht overzicht = vragenlijsten.overzicht(gemeente, onderwerp);
        boolean traject = Monitorpaginas.initiatief(initiatieven, gemeente, onderwerp)
                .filter(i -> i.soort() == Initiatiefsoort.PARTICIPATIETRAJECT).isPresent();
        return Monitorpaginas.pagina("terugkoppeling.ftlh", "Reacties op " + overzicht.titel()).met("overzicht", overzicht)
                .met("traject", traject).met("drempel", Reactieoverzicht.DREMPEL).met("nogmaals", nogmaals(overzicht));
    }

    /** "Would you take part again?" in the order ja, misschien, nee. */
    static List<Samenvatting.Regel> nogmaals(Reactieoverzicht overzicht) {
        List<Samenvatting.Regel> regels = new ArrayList<>();
        for (Nogmaals n : Nogmaals.values()) {
            regels.add(new Samenvatting.Regel("Zou weer meedoen: " + n.sleutel(), String.valueOf(overzicht.nogmaals().getOrDefault(n, 0L))));
        }
        return regels;
    }
}
