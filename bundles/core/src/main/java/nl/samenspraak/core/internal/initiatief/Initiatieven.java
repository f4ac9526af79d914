package nl.samenspraak.core.internal.initiatief;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Overgang;
import nl.samenspraak.api.initiatief.Participatierol;
import nl.samenspraak.api.opslag.InitiatiefStore;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.validatie.Invoerregels;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;

/** Initiatives of every kind as stored, and who takes part in them. */
@Component(service = InitiatiefService.class)
public class Initiatieven implements InitiatiefService {

    private final InitiatiefStore store;
    private final Dossier dossier;

    @Activate
    public Initiatieven(@Reference InitiatiefStore store, @Reference GemeenteRegistry gemeenten, @Reference Kalender kalender) {
        this.store = store;
        this.dossier = new Dossier(store, gemeenten, kalender);
    }

    @Override
    public List<Initiatief> list(String gemeente, Filter filter) {
        dossier.gemeente(gemeente);
        return store.list(gemeente, filter);
    }

    @Override
    public Initiatief get(String gemeente, String id) {
        return dossier.get(gemeente, id);
    }

    @Override
    public List<Overgang> overgangen(String gemeente, String id) {
        dossier.gemeente(gemeente);
        return store.overgangen(gemeente, id);
    }

    @Override
    public List<Besluit> besluiten(String gemeente, String id) {
        dossier.gemeente(gemeente);
        return store.besluiten(gemeente, id);
    }

    @Override
    public List<Deelname> deelnames(String gemeente, String id) {
        dossier.gemeente(gemeente);
        return store.deelnames(gemeente, id);
    }

    @Override
    public Deelname voegDeelnemerToe(String gemeente, String id, String gebruiker, Participatierol rol, String door) {
        dossier.get(gemeente, id);
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, "gebruiker", gebruiker, 200);
        if (rol == null) {
            fouten.add(new Overtreding("rol", "verplicht"));
        }
        OngeldigeInvoerException.alsNodig(fouten);
        return store.voegDeelnameToe(gemeente, id, new Deelname(gebruiker.strip(), rol, door, dossier.nu()));
    }
}
