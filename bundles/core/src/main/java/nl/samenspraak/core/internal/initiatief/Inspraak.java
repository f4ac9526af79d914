package nl.samenspraak.core.internal.initiatief;

import static nl.samenspraak.api.validatie.Invoerregels.MAX_TEKST;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.InspraakService;
import nl.samenspraak.api.initiatief.Inspraakgegevens;
import nl.samenspraak.api.initiatief.OvergangNietToegestaanException;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.VerzoekGeweigerdException;
import nl.samenspraak.api.initiatief.Zienswijze;
import nl.samenspraak.api.opslag.InitiatiefStore;
import nl.samenspraak.api.opslag.InitiatiefStore.NieuwInitiatief;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.validatie.Invoerregels;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.Inspraakrecht;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Termijn;
import nl.samenspraak.rules.Verordening;

/**
 * Inspraak on draft decisions: the ordinance in force on the first day ter inzage sets the terms, who may
 * respond and which subjects are excluded; it is fixed in the inspraak when laid ter inzage, so later
 * zienswijzen are judged by the same terms.
 */
@Component(service = InspraakService.class)
public class Inspraak implements InspraakService {

    private final InitiatiefStore store;
    private final RegelsRegister register;
    private final Dossier dossier;

    @Activate
    public Inspraak(@Reference InitiatiefStore store, @Reference RegelsRegister register,
            @Reference GemeenteRegistry gemeenten, @Reference Kalender kalender) {
        this.store = store;
        this.register = register;
        this.dossier = new Dossier(store, gemeenten, kalender);
    }

    @Override
    public Initiatief legTerInzage(String gemeente, NieuweInspraak nieuw, String door) {
        Gemeente g = dossier.gemeente(gemeente);
        List<Overtreding> fouten = new ArrayList<>();
        Invoercontrole.titelEnOmschrijving(nieuw.titel(), nieuw.omschrijving(), fouten);
        Invoercontrole.wijk(g, nieuw.wijk(), fouten);
        if (nieuw.besluitsoort() == null) {
            fouten.add(new Overtreding("besluitsoort", "verplicht"));
        }
        if (nieuw.onderwerp() == null) {
            fouten.add(new Overtreding("onderwerp", "verplicht"));
        }
        if (nieuw.terInzageVanaf() == null) {
            fouten.add(new Overtreding("terInzageVanaf", "verplicht"));
        }
        OngeldigeInvoerException.alsNodig(fouten);
        GeldendeRegels<Verordening> verordening = Regelsopvraag.verordening(register, gemeente, nieuw.terInzageVanaf());
        Verordening regels = verordening.regels();
        Optional<Reden> uitgesloten = regels.uitgesloten(nieuw.onderwerp());
        if (uitgesloten.isPresent()) {
            throw new VerzoekGeweigerdException("onderwerp", uitgesloten.get());
        }
        Termijn termijn = regels.zienswijzetermijn(nieuw.besluitsoort());
        LocalDate zienswijzenTot = termijn.laatsteDag(nieuw.terInzageVanaf());
        LocalDate reactienotaTot = regels.reactienotatermijn().laatsteDag(zienswijzenTot.plusDays(1));
        Inspraakgegevens gegevens = new Inspraakgegevens(nieuw.besluitsoort(), nieuw.onderwerp(), nieuw.terInzageVanaf(),
                termijn, zienswijzenTot, regels.inspraakrecht(nieuw.besluitsoort()), reactienotaTot, Optional.empty());
        return store.create(gemeente, new NieuwInitiatief(nieuw.titel().strip(), nieuw.omschrijving().strip(), nieuw.wijk(),
                gegevens), door, dossier.nu());
    }

    @Override
    public Zienswijze dienZienswijzeIn(String gemeente, String inspraakId, NieuweZienswijze zienswijze, String door) {
        Initiatief inspraak = dossier.get(gemeente, inspraakId, Initiatiefsoort.INSPRAAK);
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, "inhoud", zienswijze.inhoud(), MAX_TEKST);
        Invoercontrole.nietInDeToekomst("ontvangenOp", zienswijze.ontvangenOp(), dossier.vandaag(), fouten);
        if (zienswijze.leeftijd() < 0 || zienswijze.leeftijd() > 130) {
            fouten.add(new Overtreding("leeftijd", "een leeftijd tussen 0 en 130"));
        }
        OngeldigeInvoerException.alsNodig(fouten);
        Inspraakgegevens gegevens = inspraak.gegevens(Inspraakgegevens.class);
        List<Reden> bezwaren = new ArrayList<>();
        if (!gegevens.binnenTermijn(zienswijze.ontvangenOp())) {
            bezwaren.add(new Reden(gegevens.zienswijzetermijn().grondslag().artikel(), "Zienswijzen konden worden ingediend van "
                    + gegevens.terInzageVanaf() + " tot en met " + gegevens.zienswijzenTot() + "; deze is ontvangen op "
                    + zienswijze.ontvangenOp() + ". " + gegevens.zienswijzetermijn().grondslag().toelichting()));
        }
        Inspraakrecht recht = gegevens.inspraakrecht();
        if (!recht.staatToe(new Inspraakrecht.Indiener(zienswijze.ingezetene(), zienswijze.belanghebbende(), zienswijze.leeftijd()))) {
            bezwaren.add(new Reden(recht.grondslag().artikel(), "Alleen " + kring(recht) + " kunnen een zienswijze indienen. "
                    + recht.grondslag().toelichting()));
        }
        if (!bezwaren.isEmpty()) {
            throw new VerzoekGeweigerdException(bezwaren.size() == 1 && gegevens.binnenTermijn(zienswijze.ontvangenOp())
                    ? "indiener" : "ontvangenOp", bezwaren);
        }
        return store.voegZienswijzeToe(gemeente, inspraakId, door, zienswijze.ontvangenOp(), zienswijze.inhoud().strip(),
                dossier.nu());
    }

    private static String kring(Inspraakrecht recht) {
        String kring = switch (recht.kring()) {
            case INGEZETENEN -> "ingezetenen";
            case INGEZETENEN_EN_BELANGHEBBENDEN -> "ingezetenen en belanghebbenden";
            case IEDEREEN -> "personen";
        };
        return recht.minimumleeftijd() > 0 ? kring + " van " + recht.minimumleeftijd() + " jaar of ouder" : kring;
    }

    @Override
    public Initiatief stelReactienotaVast(String gemeente, String inspraakId, String tekst, Map<String, String> antwoorden,
            String door) {
        Initiatief inspraak = dossier.get(gemeente, inspraakId, Initiatiefsoort.INSPRAAK);
        Inspraakgegevens gegevens = inspraak.gegevens(Inspraakgegevens.class);
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, "tekst", tekst, MAX_TEKST);
        antwoorden.forEach((zienswijze, antwoord) -> Invoerregels.tekst(fouten, "antwoorden." + zienswijze, antwoord, MAX_TEKST));
        OngeldigeInvoerException.alsNodig(fouten);
        if (!dossier.vandaag().isAfter(gegevens.zienswijzenTot())) {
            throw new OvergangNietToegestaanException("De termijn voor zienswijzen loopt nog tot en met "
                    + gegevens.zienswijzenTot() + "; de reactienota volgt daarna", inspraak.status());
        }
        return store.stelReactienotaVast(gemeente, inspraakId, dossier.wijziging(inspraak, Status.REACTIENOTA_VASTGESTELD,
                gegevens.metReactienota(tekst.strip()), door, "Reactienota vastgesteld"), antwoorden);
    }

    @Override
    public List<Zienswijze> zienswijzen(String gemeente, String inspraakId) {
        dossier.get(gemeente, inspraakId, Initiatiefsoort.INSPRAAK);
        return store.zienswijzen(gemeente, inspraakId);
    }
}
