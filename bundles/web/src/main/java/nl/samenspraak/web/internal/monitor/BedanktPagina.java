package nl.samenspraak.web.internal.monitor;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.monitor.Vragenlijst;
import nl.samenspraak.api.monitor.VragenlijstService;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.Verzoek;

/** {@code /gemeenten/{gemeente}/vragenlijsten/{id}/bedankt}: the confirmation after answering (POST-redirect-GET). */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/vragenlijsten/{id}/bedankt")
public class BedanktPagina implements Pagina {

    @Reference
    private VragenlijstService vragenlijsten;

    @Override
    public Antwoord get(Verzoek verzoek) {
        Vragenlijst v = vragenlijsten.vragenlijst(verzoek.gemeenteVereist().code(), verzoek.pad("id"));
        return Monitorpaginas.pagina("bedankt.ftlh", "Bedankt voor uw antwoorden").met("vragenlijst", v);
    }
}
