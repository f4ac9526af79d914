package nl.samenspraak.core.internal.initiatief;


import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.ParticipatietrajectService;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Trajectgegevens;
import nl.samenspraak.api.opslag.InitiatiefStore;
import nl.samenspraak.api.opslag.InitiatiefStore.NieuwInitiatief;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.validatie.Invoerregels;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;

/** Participatietrajecten of the gemeente; the lifecycle (checked by the store) decides which phase may follow. */
@Component(service = ParticipatietrajectService.class)
public class Participatietrajecten implements ParticipatietrajectService {

    private final InitiatiefStore store;
    private final Dossier dossier;

    @Activate
    public Participatietrajecten(@Reference InitiatiefStore store, @Reference GemeenteRegistry gemeenten,
            @Reference Kalender kalender) {
        this.store = store;
        this.dossier = new Dossier(store, gemeenten, kalender);
    }

    @Override
    public Initiatief startTraject(String gemeente, NieuwTraject nieuw, String door) {
        Gemeente g = dossier.gemeente(gemeente);
        List<Overtreding> fouten = new ArrayList<>();
        Invoercontrole.titelEnOmschrijving(nieuw.titel(), nieuw.omschrijving(), fouten);
        Invoerregels.tekst(fouten, "beleidsterrein", nieuw.beleidsterrein(), 200);
        Invoercontrole.wijk(g, nieuw.wijk(), fouten);
        if (nieuw.niveau() == null) {
            fouten.add(new Overtreding("niveau", "verplicht"));
        }
        OngeldigeInvoerException.alsNodig(fouten);
        return store.create(gemeente, new NieuwInitiatief(nieuw.titel().strip(), nieuw.omschrijving().strip(), nieuw.wijk(),
                new Trajectgegevens(nieuw.niveau(), nieuw.beleidsterrein().strip())), door, dossier.nu());
    }

    @Override
    public Initiatief naarFase(String gemeente, String id, Status fase, String toelichting, String door) {
        Initiatief traject = dossier.get(gemeente, id, Initiatiefsoort.PARTICIPATIETRAJECT);
        if (fase == null) {
            throw new OngeldigeInvoerException("fase", "verplicht");
        }
        Invoercontrole.tekstVerplicht("toelichting", toelichting);
        return store.wijzig(gemeente, id, dossier.wijziging(traject, fase, traject.gegevens(), door, toelichting.strip()));
    }
}
