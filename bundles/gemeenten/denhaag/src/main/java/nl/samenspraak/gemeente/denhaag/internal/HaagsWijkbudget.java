package nl.samenspraak.gemeente.denhaag.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.samenspraak.allocation.AllocationEngine;
import nl.samenspraak.allocation.Ballot;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Outcome;
import nl.samenspraak.allocation.Rule;
import nl.samenspraak.allocation.Satisfaction;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.rules.Toewijzingsproces;

/**
 * The Haagse wijkbudget pilot (from 2017): each pilot wijk gets EUR 50,000 that its residents spend, and
 * each wijk designed its own way to decide. What the processes share: ballots that do not keep to the
 * wijk's ballot are set aside (and counted in the reasons), at most EUR 50,000 is allocated per round, and
 * the funded plans are those with the most votes that fit the budget (greedy, as most cities count).
 *
 * <p>Modelled on the pilot as described in the gemeente's evaluation. The pilot had no regulation with
 * article numbers known to this bundle; the articles cited are this bundle's numbering of the pilot's
 * agreements ("Spelregels wijkbudget Den Haag"). That the count is greedy by votes is an ASSUMPTION: the
 * description does not name the counting rule.
 */
abstract class HaagsWijkbudget implements Toewijzingsproces {

    static final String TITEL = "Spelregels wijkbudget Den Haag";

    static final long WIJKBUDGET_IN_EURO = 50_000;

    private static final RegelsInfo INFO_BASIS = RegelsInfo.vanaf(TITEL,
            "Gemeente Den Haag, pilot wijkbudget (2017) en de evaluatie ervan", DenHaag.EERSTE_DAG);

    private final String proces;
    private final List<String> wijken;
    private final Rondeopzet opzet;

    HaagsWijkbudget(String proces, List<String> wijken, Rondeopzet opzet) {
        this.proces = proces;
        this.wijken = List.copyOf(wijken);
        this.opzet = opzet;
    }

    static String artikel(String nummer) {
        return "art. " + nummer + " " + TITEL;
    }

    @Override
    public RegelsInfo info() {
        return INFO_BASIS;
    }

    @Override
    public String proces() {
        return proces;
    }

    @Override
    public List<String> wijken() {
        return wijken;
    }

    @Override
    public Optional<Rondeopzet> rondeopzet() {
        return Optional.of(opzet);
    }

    @Override
    public Toewijzing wijsToe(Instance ronde) {
        List<Reden> redenen = new ArrayList<>();
        redenen.add(opzet.grondslag());
        BigDecimal budget = ronde.budget();
        BigDecimal maximum = BigDecimal.valueOf(WIJKBUDGET_IN_EURO);
        if (budget.compareTo(maximum) > 0) {
            redenen.add(new Reden(artikel("2"), "Het wijkbudget bedraagt EUR 50.000 per wijk; de ronde noemde EUR "
                    + budget.toPlainString() + ", verdeeld wordt EUR 50.000."));
            budget = maximum;
        }
        List<Ballot> geldig = new ArrayList<>();
        for (Ballot stem : ronde.ballots()) {
            if (opzet.stembiljet().staatToe(stem, ronde)) {
                geldig.add(stem);
            }
        }
        int ongeldig = ronde.ballots().size() - geldig.size();
        if (ongeldig > 0) {
            redenen.add(new Reden(artikel("6"), ongeldig + " stem(men) hielden zich niet aan het stembiljet ("
                    + opzet.stembiljet() + ") en zijn niet meegeteld."));
        }
        Instance telling = new Instance(ronde.meta(), budget, ronde.voteType(), ronde.projects(), geldig);
        return beslis(telling, redenen);
    }

    /** Decides the round from the valid ballots only, within the (capped) budget. */
    Toewijzing beslis(Instance telling, List<Reden> redenen) {
        Outcome uitkomst = AllocationEngine.allocate(telling, Rule.GREEDY, Satisfaction.COST);
        redenen.add(new Reden(artikel("7"), "Gekozen zijn de plannen met de meeste stemmen, zolang ze binnen het budget "
                + "passen; " + telling.ballots().size() + " geldige stem(men)."));
        return new Toewijzing(uitkomst.selectedIds(), uitkomst.explanation(), redenen);
    }
}
