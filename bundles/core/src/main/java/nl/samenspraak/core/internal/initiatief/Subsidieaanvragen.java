package nl.samenspraak.core.internal.initiatief;

import static nl.samenspraak.api.validatie.Invoerregels.MAX_TEKST;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.BoekingSoort;
import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.BudgetService;
import nl.samenspraak.api.budget.NieuweBoeking;
import nl.samenspraak.api.budget.PlafondOverschredenException;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Besluit.Besluittype;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.SubsidieaanvraagService;
import nl.samenspraak.api.initiatief.Subsidieadvies;
import nl.samenspraak.api.initiatief.Subsidiegegevens;
import nl.samenspraak.api.initiatief.VerzoekGeweigerdException;
import nl.samenspraak.api.opslag.Boekingsopdracht;
import nl.samenspraak.api.opslag.InitiatiefStore;
import nl.samenspraak.api.opslag.InitiatiefStore.Beschrijving;
import nl.samenspraak.api.opslag.InitiatiefStore.NieuwInitiatief;
import nl.samenspraak.api.opslag.InitiatiefStore.Wijziging;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.validatie.Invoerregels;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.core.internal.regels.RegelsHerkomst;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieregeling;

/**
 * Subsidy applications of bewonersinitiatieven. The scheme in force on the day of submission is consulted
 * first, outside any transaction (rules may take their time; locks must not); the outcome is then stored in
 * one transaction that re-checks the state it was based on and books on the budget, so a decision never lands
 * on an application that moved on meanwhile and a grant never exceeds the subsidieplafond.
 */
@Component(service = SubsidieaanvraagService.class)
public class Subsidieaanvragen implements SubsidieaanvraagService {

    private static final Reden PLAFOND = new Reden("art. 4:25 lid 2 Awb",
            "Een subsidie wordt geweigerd voor zover door verstrekking ervan het subsidieplafond zou worden overschreden.");

    private static final Reden VERANTWOORDING = new Reden("art. 4:45 lid 1 Awb",
            "Bij de verantwoording toont de ontvanger aan dat de activiteit waarvoor subsidie is verleend heeft plaatsgevonden.");

    private final InitiatiefStore store;
    private final RegelsRegister register;
    private final BudgetService budgetten;
    private final Dossier dossier;

    @Activate
    public Subsidieaanvragen(@Reference InitiatiefStore store, @Reference RegelsRegister register,
            @Reference GemeenteRegistry gemeenten, @Reference BudgetService budgetten, @Reference Kalender kalender) {
        this.store = store;
        this.register = register;
        this.budgetten = budgetten;
        this.dossier = new Dossier(store, gemeenten, kalender);
    }

    @Override
    public Initiatief dienSubsidieaanvraagIn(String gemeente, NieuweSubsidieaanvraag nieuw, String door) {
        Gemeente g = dossier.gemeente(gemeente);
        List<Overtreding> fouten = new ArrayList<>();
        Invoercontrole.titelEnOmschrijving(nieuw.titel(), nieuw.omschrijving(), fouten);
        if (nieuw.regeling() == null || !nieuw.regeling().matches("[a-z0-9-]{1,50}")) {
            fouten.add(new Overtreding("regeling", "de sleutel van een subsidieregeling (kleine letters, cijfers, -) is verplicht"));
        }
        controleer(g, nieuw.aanvraag(), fouten);
        OngeldigeInvoerException.alsNodig(fouten);
        Subsidieaanvraag aanvraag = nieuw.aanvraag();
        GeldendeRegels<Subsidieregeling> regeling = Regelsopvraag.subsidieregeling(register, gemeente, nieuw.regeling(),
                aanvraag.ingediendOp());
        LocalDate beslistTot = regeling.regels().feiten().beslistermijn().laatsteDag(aanvraag.ingediendOp().plusDays(1));
        return store.create(gemeente, new NieuwInitiatief(nieuw.titel().strip(), nieuw.omschrijving().strip(), aanvraag.wijk(),
                Subsidiegegevens.aangevraagd(nieuw.regeling(), aanvraag, beslistTot)), door, dossier.nu());
    }

    @Override
    public Initiatief vraagAanvulling(String gemeente, String id, String toelichting, String door) {
        Initiatief initiatief = dossier.get(gemeente, id, Initiatiefsoort.BEWONERSINITIATIEF);
        Invoercontrole.tekstVerplicht("toelichting", toelichting);
        Subsidiegegevens gegevens = initiatief.gegevens(Subsidiegegevens.class).opgeschort(dossier.vandaag());
        return store.wijzig(gemeente, id, dossier.wijziging(initiatief, Status.AANVULLING_GEVRAAGD, gegevens, door,
                "Aanvulling gevraagd; de beslistermijn is opgeschort (art. 4:15 Awb): " + toelichting.strip()));
    }

    @Override
    public Initiatief vulAan(String gemeente, String id, NieuweSubsidieaanvraag aanvulling, String door) {
        Initiatief initiatief = dossier.get(gemeente, id, Initiatiefsoort.BEWONERSINITIATIEF);
        Subsidiegegevens gegevens = initiatief.gegevens(Subsidiegegevens.class);
        Subsidieaanvraag aanvraag = aanvulling.aanvraag();
        List<Overtreding> fouten = new ArrayList<>();
        Invoercontrole.titelEnOmschrijving(aanvulling.titel(), aanvulling.omschrijving(), fouten);
        controleer(dossier.gemeente(gemeente), aanvraag, fouten);
        if (aanvraag != null && aanvraag.ingediendOp() != null
                && !aanvraag.ingediendOp().equals(gegevens.aanvraag().ingediendOp())) {
            fouten.add(new Overtreding("ingediendOp", "een aanvulling verandert de dag van indiening niet ("
                    + gegevens.aanvraag().ingediendOp() + "): die bepaalt welke regels gelden"));
        }
        if (aanvulling.regeling() != null && !aanvulling.regeling().equals(gegevens.regeling())) {
            fouten.add(new Overtreding("regeling", "een aanvulling verandert de regeling niet (" + gegevens.regeling()
                    + "): dien voor een andere regeling een nieuwe aanvraag in"));
        }
        OngeldigeInvoerException.alsNodig(fouten);
        List<String> wijzigingen = Aanvulling.wijzigingen(initiatief, aanvulling);
        return store.wijzig(gemeente, id, dossier.wijziging(initiatief, Status.AANGEVRAAGD,
                gegevens.aangevuld(aanvraag, dossier.vandaag()), door, Aanvulling.toelichting(wijzigingen)),
                new Beschrijving(aanvulling.titel().strip(), aanvulling.omschrijving().strip(), aanvraag.wijk()));
    }

    @Override
    public Besluit beslisOpSubsidieaanvraag(String gemeente, String id, Optional<String> budgetId,
            Optional<SubsidieaanvraagService.Afwijking> afwijking, String door) {
        Initiatief initiatief = dossier.get(gemeente, id, Initiatiefsoort.BEWONERSINITIATIEF);
        Dossier.vereisStatus(initiatief, Status.AANGEVRAAGD);
        Subsidiegegevens gegevens = initiatief.gegevens(Subsidiegegevens.class);
        LocalDate peildatum = gegevens.aanvraag().ingediendOp();
        GeldendeRegels<Subsidieregeling> regeling = Regelsopvraag.subsidieregeling(register, gemeente, gegevens.regeling(),
                peildatum);
        Beoordeling advies = regeling.regels().beoordeel(gegevens.aanvraag());
        Beoordeling beoordeling = afwijking.map(a -> AfwijkingVanAdvies.toepassen(advies, a, gegevens.gevraagd())).orElse(advies);
        switch (beoordeling.uitkomst()) {
            case TOEGEKEND -> {
                Budget budget = Subsidiebudget.kies(budgetten, gemeente, gegevens, budgetId);
                Bedrag bedrag = Bedrag.centen(beoordeling.bedragInCenten());
                Besluit verlening = dossier.besluit(initiatief, Besluittype.SUBSIDIEVERLENING, beoordeling, regeling, peildatum,
                        door);
                List<Boekingsopdracht> boekingen = bedrag.isPositief() ? List.of(new Boekingsopdracht(budget.id(),
                        new NieuweBoeking(BoekingSoort.TOEKENNING, bedrag, "Verlening: " + initiatief.titel(), id))) : List.of();
                try {
                    store.wijzig(gemeente, id, new Wijziging(Status.AANGEVRAAGD, Status.VERLEEND,
                            gegevens.verleend(budget.id(), bedrag), door, verlening.genomenOp(), "Subsidie verleend: " + bedrag + afwijkend(advies, beoordeling),
                            Optional.of(verlening), boekingen));
                    return verlening;
                } catch (PlafondOverschredenException e) {
                    Beoordeling weigering = Beoordeling.afgewezen(List.of(new Reden(PLAFOND.artikel(), PLAFOND.toelichting()
                            + " Op budget '" + budget.naam() + "' is nog " + e.beschikbaar() + " beschikbaar; de regeling zou "
                            + bedrag + " verlenen.")));
                    return weiger(initiatief, gegevens, weigering, regeling, peildatum, door, "");
                }
            }
            case AFGEWEZEN -> {
                return weiger(initiatief, gegevens, beoordeling, regeling, peildatum, door, afwijkend(advies, beoordeling));
            }
            default -> {
                Besluit verzoek = dossier.besluit(initiatief, Besluittype.SUBSIDIEVERLENING, beoordeling, regeling, peildatum,
                        door);
                store.wijzig(gemeente, id, new Wijziging(Status.AANGEVRAAGD, Status.AANVULLING_GEVRAAGD,
                        gegevens.opgeschort(dossier.vandaag()), door, verzoek.genomenOp(),
                        "Aanvulling nodig volgens de regeling; de beslistermijn is opgeschort (art. 4:15 Awb)",
                        Optional.of(verzoek), List.of()));
                return verzoek;
            }
        }
    }

    private static String afwijkend(Beoordeling advies, Beoordeling beoordeling) {
        return advies == beoordeling ? "" : ", afwijkend van het advies van de regels (gemotiveerd in het besluit)";
    }

    @Override
    public Subsidieadvies advies(String gemeente, String id) {
        Initiatief initiatief = dossier.get(gemeente, id, Initiatiefsoort.BEWONERSINITIATIEF);
        Subsidiegegevens gegevens = initiatief.gegevens(Subsidiegegevens.class);
        LocalDate peildatum = gegevens.aanvraag().ingediendOp();
        GeldendeRegels<Subsidieregeling> regeling = Regelsopvraag.subsidieregeling(register, gemeente, gegevens.regeling(),
                peildatum);
        Beoordeling beoordeling = regeling.regels().beoordeel(gegevens.aanvraag());
        try {
            Budget budget = Subsidiebudget.kies(budgetten, gemeente, gegevens, Optional.empty());
            return new Subsidieadvies(beoordeling, peildatum, RegelsHerkomst.van(regeling), Optional.of(budget), Optional.empty());
        } catch (OngeldigeInvoerException e) {
            return new Subsidieadvies(beoordeling, peildatum, RegelsHerkomst.van(regeling), Optional.empty(),
                    Optional.of(e.overtredingen().get(0).reden()));
        }
    }

    private Besluit weiger(Initiatief initiatief, Subsidiegegevens gegevens, Beoordeling weigering,
            GeldendeRegels<Subsidieregeling> regeling, LocalDate peildatum, String door, String afwijkend) {
        Besluit besluit = dossier.besluit(initiatief, Besluittype.SUBSIDIEVERLENING, weigering, regeling, peildatum, door);
        store.wijzig(initiatief.gemeente(), initiatief.id(), new Wijziging(Status.AANGEVRAAGD, Status.AFGEWEZEN, gegevens, door,
                besluit.genomenOp(), "Subsidie geweigerd" + afwijkend, Optional.of(besluit), List.of()));
        return besluit;
    }

    @Override
    public Initiatief verantwoord(String gemeente, String id, Bedrag werkelijkeKosten, String verslag, String door) {
        Initiatief initiatief = dossier.get(gemeente, id, Initiatiefsoort.BEWONERSINITIATIEF);
        List<Overtreding> fouten = new ArrayList<>();
        if (werkelijkeKosten == null || werkelijkeKosten.isNegatief()) {
            fouten.add(new Overtreding("werkelijkeKosten", "een bedrag van 0 of meer is verplicht"));
        }
        Invoerregels.tekst(fouten, "verslag", verslag, MAX_TEKST);
        OngeldigeInvoerException.alsNodig(fouten);
        Dossier.vereisStatus(initiatief, Status.VERLEEND);
        LocalDate activiteitOp = initiatief.gegevens(Subsidiegegevens.class).aanvraag().activiteitOp();
        if (dossier.vandaag().isBefore(activiteitOp)) {
            throw new VerzoekGeweigerdException("activiteitOp", new Reden(VERANTWOORDING.artikel(), "Verantwoorden kan vanaf "
                    + activiteitOp + ", de dag van de activiteit. " + VERANTWOORDING.toelichting()));
        }
        Subsidiegegevens gegevens = initiatief.gegevens(Subsidiegegevens.class).verantwoord(werkelijkeKosten, verslag.strip());
        return store.wijzig(gemeente, id, dossier.wijziging(initiatief, Status.VERANTWOORD, gegevens, door,
                "Verantwoording ingediend; werkelijke kosten " + werkelijkeKosten));
    }

    @Override
    public Besluit stelSubsidieVast(String gemeente, String id, Optional<Bedrag> bedrag, String door) {
        Initiatief initiatief = dossier.get(gemeente, id, Initiatiefsoort.BEWONERSINITIATIEF);
        Dossier.vereisStatus(initiatief, Status.VERANTWOORD);
        Subsidiegegevens gegevens = initiatief.gegevens(Subsidiegegevens.class);
        Bedrag verleend = gegevens.verleend().orElseThrow();
        Bedrag kosten = gegevens.werkelijkeKosten().orElseThrow();
        Bedrag vastgesteld = bedrag.orElse(Bedrag.kleinste(verleend, kosten));
        if (vastgesteld.isNegatief()) {
            throw new OngeldigeInvoerException("bedrag", "een bedrag van 0 of meer");
        }
        if (vastgesteld.groterDan(verleend)) {
            throw new VerzoekGeweigerdException("bedrag", new Reden("art. 4:46 lid 2 Awb",
                    "De subsidie wordt niet hoger vastgesteld dan het verleende bedrag van " + verleend + "."));
        }
        Besluit verlening = store.besluiten(gemeente, id).stream().filter(b -> b.soort() == Besluittype.SUBSIDIEVERLENING
                && b.uitkomst() == Beoordeling.Uitkomst.TOEGEKEND).reduce((eerste, laatste) -> laatste).orElseThrow();
        List<Reden> redenen = List.of(new Reden("art. 4:46 lid 1 Awb", vastgesteld.equals(verleend)
                ? "De subsidie wordt vastgesteld overeenkomstig de verlening: de activiteit is verricht en verantwoord."
                : "De subsidie wordt lager vastgesteld dan verleend, op " + vastgesteld + ", omdat de verantwoorde werkelijke kosten "
                        + kosten + " bedragen; " + verleend.min(vastgesteld) + " valt vrij in het budget."));
        Besluit besluit = new Besluit(UUID.randomUUID().toString(), id, Besluittype.SUBSIDIEVASTSTELLING,
                Beoordeling.Uitkomst.TOEGEKEND, Optional.of(vastgesteld), redenen, verlening.peildatum(), verlening.regels(),
                door, dossier.nu());
        String budgetId = gegevens.budgetId().orElseThrow();
        List<Boekingsopdracht> boekingen = new ArrayList<>();
        if (vastgesteld.isPositief()) {
            boekingen.add(new Boekingsopdracht(budgetId, new NieuweBoeking(BoekingSoort.UITBETALING, vastgesteld,
                    "Vaststelling: " + initiatief.titel(), id)));
        }
        if (verleend.groterDan(vastgesteld)) {
            boekingen.add(new Boekingsopdracht(budgetId, new NieuweBoeking(BoekingSoort.VRIJVAL, verleend.min(vastgesteld),
                    "Vrijval bij vaststelling: " + initiatief.titel(), id)));
        }
        store.wijzig(gemeente, id, new Wijziging(Status.VERANTWOORD, Status.VASTGESTELD, gegevens.vastgesteld(vastgesteld), door,
                besluit.genomenOp(), "Subsidie vastgesteld op " + vastgesteld, Optional.of(besluit), boekingen));
        return besluit;
    }

    private void controleer(Gemeente gemeente, Subsidieaanvraag aanvraag, List<Overtreding> fouten) {
        if (aanvraag == null) {
            fouten.add(new Overtreding("aanvraag", "verplicht"));
            return;
        }
        Invoercontrole.nietInDeToekomst("ingediendOp", aanvraag.ingediendOp(), dossier.vandaag(), fouten);
        if (aanvraag.gevraagdInCenten() <= 0) {
            fouten.add(new Overtreding("gevraagd", "een bedrag groter dan 0"));
        }
        Invoercontrole.wijk(gemeente, aanvraag.wijk(), fouten);
    }
}
