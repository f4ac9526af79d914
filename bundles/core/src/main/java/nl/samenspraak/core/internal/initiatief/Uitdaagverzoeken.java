package nl.samenspraak.core.internal.initiatief;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Besluit.Besluittype;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Uitdaaggegevens;
import nl.samenspraak.api.initiatief.UitdaagverzoekService;
import nl.samenspraak.api.opslag.InitiatiefStore;
import nl.samenspraak.api.opslag.InitiatiefStore.NieuwInitiatief;
import nl.samenspraak.api.opslag.InitiatiefStore.Wijziging;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.validatie.Invoerregels;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Uitdaagverzoek;
import nl.samenspraak.rules.Verordening;

/**
 * Right to Challenge requests, decided by the ordinance in force on the day the request was received; the
 * ordinance is consulted outside any transaction, and the besluit is stored only if the request is still
 * awaiting one.
 */
@Component(service = UitdaagverzoekService.class)
public class Uitdaagverzoeken implements UitdaagverzoekService {

    private final InitiatiefStore store;
    private final RegelsRegister register;
    private final Dossier dossier;

    @Activate
    public Uitdaagverzoeken(@Reference InitiatiefStore store, @Reference RegelsRegister register,
            @Reference GemeenteRegistry gemeenten, @Reference Kalender kalender) {
        this.store = store;
        this.register = register;
        this.dossier = new Dossier(store, gemeenten, kalender);
    }

    @Override
    public Initiatief dienUitdaagverzoekIn(String gemeente, NieuwUitdaagverzoek nieuw, String door) {
        Gemeente g = dossier.gemeente(gemeente);
        List<Overtreding> fouten = new ArrayList<>();
        Invoercontrole.titelEnOmschrijving(nieuw.titel(), nieuw.omschrijving(), fouten);
        Invoercontrole.wijk(g, nieuw.wijk(), fouten);
        if (nieuw.verzoek() == null) {
            fouten.add(new Overtreding("verzoek", "verplicht"));
        } else {
            Invoerregels.tekst(fouten, "taak", nieuw.verzoek().taak(), 500);
            Invoercontrole.nietInDeToekomst("ontvangenOp", nieuw.verzoek().ontvangenOp(), dossier.vandaag(), fouten);
        }
        OngeldigeInvoerException.alsNodig(fouten);
        GeldendeRegels<Verordening> verordening = Regelsopvraag.verordening(register, gemeente, nieuw.verzoek().ontvangenOp());
        Regelsopvraag.vereisUitdaagrecht(verordening);
        LocalDate beslistTot = verordening.regels().uitdaagrechtBeslistermijn().laatsteDag(nieuw.verzoek().ontvangenOp().plusDays(1));
        return store.create(gemeente, new NieuwInitiatief(nieuw.titel().strip(), nieuw.omschrijving().strip(), nieuw.wijk(),
                new Uitdaaggegevens(nieuw.verzoek(), beslistTot)), door, dossier.nu());
    }

    @Override
    public Besluit beslisOpUitdaagverzoek(String gemeente, String id, String door) {
        Initiatief initiatief = dossier.get(gemeente, id, Initiatiefsoort.UITDAAGRECHT);
        Dossier.vereisStatus(initiatief, Status.INGEDIEND);
        Uitdaaggegevens gegevens = initiatief.gegevens(Uitdaaggegevens.class);
        LocalDate peildatum = gegevens.verzoek().ontvangenOp();
        GeldendeRegels<Verordening> verordening = Regelsopvraag.verordening(register, gemeente, peildatum);
        Regelsopvraag.vereisUitdaagrecht(verordening);
        Beoordeling beoordeling = verordening.regels().beoordeelUitdaagrecht(gegevens.verzoek());
        Status naar = switch (beoordeling.uitkomst()) {
            case TOEGEKEND -> Status.TOEGEKEND;
            case AFGEWEZEN -> Status.AFGEWEZEN;
            case AANVULLING_NODIG -> Status.AANVULLING_GEVRAAGD;
        };
        Besluit besluit = dossier.besluit(initiatief, Besluittype.UITDAAGRECHT, beoordeling, verordening, peildatum, door);
        store.wijzig(gemeente, id, new Wijziging(Status.INGEDIEND, naar, gegevens, door, besluit.genomenOp(),
                "Besloten op het uitdaagverzoek: " + naar.naam(), Optional.of(besluit), List.of()));
        return besluit;
    }

    @Override
    public Initiatief vulUitdaagverzoekAan(String gemeente, String id, NieuwUitdaagverzoek aanvulling, String door) {
        Initiatief initiatief = dossier.get(gemeente, id, Initiatiefsoort.UITDAAGRECHT);
        Uitdaaggegevens gegevens = initiatief.gegevens(Uitdaaggegevens.class);
        if (aanvulling.verzoek() == null) {
            throw new OngeldigeInvoerException("verzoek", "verplicht");
        }
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, "taak", aanvulling.verzoek().taak(), 500);
        OngeldigeInvoerException.alsNodig(fouten);
        Uitdaagverzoek v = aanvulling.verzoek();
        Uitdaagverzoek aangevuld = new Uitdaagverzoek(gegevens.verzoek().ontvangenOp(), v.taak(), v.metBudget(),
                v.gevraagdInCenten(), v.ondersteuners(), v.onderbouwing());
        return store.wijzig(gemeente, id, dossier.wijziging(initiatief, Status.INGEDIEND, new Uitdaaggegevens(aangevuld,
                gegevens.beslistTot()), door, "Uitdaagverzoek aangevuld"));
    }
}
