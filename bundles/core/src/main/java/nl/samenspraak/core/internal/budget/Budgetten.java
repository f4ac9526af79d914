package nl.samenspraak.core.internal.budget;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.budget.Boeking;
import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.BudgetNietGevondenException;
import nl.samenspraak.api.budget.BudgetService;
import nl.samenspraak.api.budget.NieuwBudget;
import nl.samenspraak.api.budget.NieuweBoeking;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteNietBediendException;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.opslag.BudgetStore;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;

/**
 * The budget rules: what a budget and a booking must hold before the store sees them. The ledger rules
 * themselves ({@link nl.samenspraak.api.budget.Saldo}) are applied by the store, under the budget's lock.
 */
@Component(service = BudgetService.class)
public class Budgetten implements BudgetService {

    static final int NAAM_MAX = 200;
    static final int OMSCHRIJVING_MAX = 500;
    static final int REFERENTIE_MAX = 100;
    private static final Pattern REGELING = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?");

    private final GemeenteRegistry gemeenten;
    private final BudgetStore store;
    private final Clock clock;

    @Activate
    public Budgetten(@Reference GemeenteRegistry gemeenten, @Reference BudgetStore store) {
        this(gemeenten, store, Clock.systemUTC());
    }

    Budgetten(GemeenteRegistry gemeenten, BudgetStore store, Clock clock) {
        this.gemeenten = gemeenten;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<Overtreding> validate(String gemeente, NieuwBudget nieuw) {
        Gemeente g = bediend(gemeente);
        List<Overtreding> fouten = new ArrayList<>();
        tekst(fouten, "naam", nieuw.naam(), NAAM_MAX, true);
        if (nieuw.wijk() != null && g.wijk(nieuw.wijk()).isEmpty()) {
            fouten.add(new Overtreding("wijk", "gemeente " + g.code() + " heeft geen wijk met code '" + nieuw.wijk()
                    + "'; zie GET /gemeenten/" + g.code()));
        }
        if (nieuw.regeling() != null && !REGELING.matcher(nieuw.regeling()).matches()) {
            fouten.add(new Overtreding("regeling",
                    "de code van een regeling bestaat uit kleine letters, cijfers en streepjes (hoogstens 50)"));
        }
        if (nieuw.van() == null) {
            fouten.add(new Overtreding("van", "de eerste dag van de periode is verplicht"));
        }
        if (nieuw.tot() == null) {
            fouten.add(new Overtreding("tot", "de laatste dag van de periode is verplicht"));
        } else if (nieuw.van() != null && nieuw.tot().isBefore(nieuw.van())) {
            fouten.add(new Overtreding("tot", "de periode eindigt niet vóór ze begint (" + nieuw.van() + ")"));
        }
        if (nieuw.plafond() == null) {
            fouten.add(new Overtreding("plafond", "het plafond is verplicht, bijvoorbeeld \"50000.00\""));
        } else if (!nieuw.plafond().isPositief()) {
            fouten.add(new Overtreding("plafond", "het plafond is meer dan 0.00"));
        }
        return fouten;
    }

    @Override
    public Budget create(String gemeente, NieuwBudget nieuw) {
        List<Overtreding> fouten = validate(gemeente, nieuw);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return store.create(gemeente, new NieuwBudget(nieuw.naam().strip(), nieuw.wijk(), nieuw.regeling(),
                nieuw.van(), nieuw.tot(), nieuw.plafond()));
    }

    @Override
    public List<Budget> list(String gemeente) {
        bediend(gemeente);
        return store.list(gemeente);
    }

    @Override
    public Optional<Budget> find(String gemeente, String budgetId) {
        bediend(gemeente);
        return budgetId == null ? Optional.empty() : store.find(gemeente, budgetId);
    }

    @Override
    public List<Overtreding> validate(NieuweBoeking boeking) {
        List<Overtreding> fouten = new ArrayList<>();
        if (boeking.soort() == null) {
            fouten.add(new Overtreding("soort", "de soort is verplicht: RESERVERING, TOEKENNING, UITBETALING of VRIJVAL"));
        }
        if (boeking.bedrag() == null) {
            fouten.add(new Overtreding("bedrag", "het bedrag is verplicht, bijvoorbeeld \"1500.00\""));
        } else if (!boeking.bedrag().isPositief()) {
            fouten.add(new Overtreding("bedrag", "een geboekt bedrag is meer dan 0.00"));
        }
        tekst(fouten, "omschrijving", boeking.omschrijving(), OMSCHRIJVING_MAX, true);
        tekst(fouten, "referentie", boeking.referentie(), REFERENTIE_MAX, false);
        return fouten;
    }

    @Override
    public Boeking book(String gemeente, String budgetId, NieuweBoeking boeking, String door) {
        bediend(gemeente);
        List<Overtreding> fouten = validate(boeking);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        if (budgetId == null) {
            throw new BudgetNietGevondenException(gemeente, budgetId);
        }
        return store.book(gemeente, budgetId, new NieuweBoeking(boeking.soort(), boeking.bedrag(),
                boeking.omschrijving().strip(), boeking.referentie() == null ? null : boeking.referentie().strip()),
                door, clock.instant());
    }

    @Override
    public List<Boeking> ledger(String gemeente, String budgetId) {
        bediend(gemeente);
        return (budgetId == null ? Optional.<List<Boeking>>empty() : store.ledger(gemeente, budgetId))
                .orElseThrow(() -> new BudgetNietGevondenException(gemeente, budgetId));
    }

    private Gemeente bediend(String gemeente) {
        return (gemeente == null ? Optional.<Gemeente>empty() : gemeenten.find(gemeente))
                .orElseThrow(() -> new GemeenteNietBediendException(gemeente));
    }

    private static void tekst(List<Overtreding> fouten, String veld, String waarde, int max, boolean verplicht) {
        if (waarde == null || waarde.isBlank()) {
            if (verplicht || waarde != null) {
                fouten.add(new Overtreding(veld, verplicht ? "is verplicht" : "is leeg; laat het veld weg"));
            }
        } else if (waarde.strip().length() > max) {
            fouten.add(new Overtreding(veld, "is hoogstens " + max + " tekens lang"));
        }
    }
}
