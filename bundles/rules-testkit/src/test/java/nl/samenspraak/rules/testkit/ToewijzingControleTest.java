package nl.samenspraak.rules.testkit;

import static nl.samenspraak.rules.testkit.Regelstoets.ronde;
import static nl.samenspraak.rules.testkit.Regelstoets.wijsToe;
import static nl.samenspraak.rules.testkit.RegelstoetsTest.assertFaalt;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

import nl.samenspraak.allocation.AllocationEngine;
import nl.samenspraak.allocation.Explanation;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Outcome;
import nl.samenspraak.allocation.Rule;
import nl.samenspraak.allocation.VoteType;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.rules.Toewijzingsproces;

public class ToewijzingControleTest {

    /** Greedy by votes; or, with a mistake, every plan regardless of the budget. */
    private static Toewijzingsproces proces(boolean teDuur, String wijk, Optional<Rondeopzet> opzet) {
        return new Toewijzingsproces() {
            @Override
            public RegelsInfo info() {
                return RegelsInfo.vanaf("Proefproces", "test", LocalDate.of(2025, 1, 1));
            }

            @Override
            public String proces() {
                return "proef";
            }

            @Override
            public List<String> wijken() {
                return List.of(wijk);
            }

            @Override
            public Optional<Rondeopzet> rondeopzet() {
                return opzet;
            }

            @Override
            public Toewijzing wijsToe(Instance ronde) {
                Outcome uitkomst = AllocationEngine.allocate(ronde, Rule.GREEDY);
                List<String> gekozen = teDuur ? ronde.projects().stream().map(p -> p.id()).toList() : uitkomst.selectedIds();
                return new Toewijzing(gekozen, uitkomst.explanation(), List.of(new Reden("art. 1 Proefproces", "Meeste stemmen.")));
            }
        };
    }

    @Test
    public void fluentChecks() {
        Toewijzingsproces greedy = proces(false, "WK051838", Optional.empty());
        wijsToe(greedy, ronde(50_000).plan("a", 30_000).plan("b", 25_000).plan("c", 20_000)
                .stemmen(5, "a").stemmen(4, "b").stemmen(3, "c")).kiest("a", "c").citeert("art. 1").toelichtingBevat("stemmen");
        assertFaalt(() -> wijsToe(greedy, ronde(50_000).plan("a", 30_000).stemmen(1, "a")).kiestNiets(), "verwacht gekozen []");
        assertFaalt(() -> wijsToe(proces(true, "WK051838", Optional.empty()),
                ronde(50_000).plan("a", 30_000).plan("b", 25_000).stemmen(1, "a", "b")), "meer dan het budget");
    }

    @Test
    public void contract() {
        Contract.toewijzingsproces(proces(false, "WK051838", Optional.empty()));
        Rondeopzet jury = new Rondeopzet(Rondeopzet.Besluitvorming.JURY, 12, 0, false, 18, true,
                Rondeopzet.Stembiljet.goedkeuring(), new Reden("art. 2 Proefproces", "Een jury van twaalf."));
        Contract.toewijzingsproces(proces(false, "WK051838", Optional.of(jury)));
        assertFaalt(() -> Contract.toewijzingsproces(proces(true, "WK051838", Optional.empty())), "meer dan het budget");
        assertFaalt(() -> Contract.toewijzingsproces(proces(false, "Spoorwijk", Optional.empty())), "geen CBS-wijkcode");
    }

    @Test
    public void theTrialRoundKeepsToTheProcesssBallot() {
        for (Rondeopzet.Stembiljet biljet : List.of(Rondeopzet.Stembiljet.maxPlannen(1), Rondeopzet.Stembiljet.binnenBudget(),
                Rondeopzet.Stembiljet.punten(2), Rondeopzet.Stembiljet.maxPlannen(2))) {
            Rondeopzet opzet = new Rondeopzet(Rondeopzet.Besluitvorming.STEMMING, 0, 25, true, 18, true, biljet,
                    new Reden("art. 1", "x"));
            Instance ronde = Contract.proefronde(Optional.of(opzet));
            assertEquals(biljet.voteType(), ronde.voteType());
            assertEquals(15, ronde.ballots().size());
            assertTrue(biljet + " " + ronde.ballots(), ronde.ballots().stream().allMatch(b -> biljet.staatToe(b, ronde)));
        }
        assertEquals(VoteType.CHOOSE_1, Rondeopzet.Stembiljet.maxPlannen(1).voteType());
        assertEquals(Explanation.class, wijsToeUitleg().getClass());
    }

    private static Explanation wijsToeUitleg() {
        return proces(false, "WK051838", Optional.empty()).wijsToe(ronde(10).plan("a", 5).stemmen(1, "a").bouw()).uitleg();
    }
}
