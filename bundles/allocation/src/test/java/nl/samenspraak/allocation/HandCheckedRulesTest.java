package nl.samenspraak.allocation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;

/** Small instances worked out by hand; the comments give the arithmetic. */
public class HandCheckedRulesTest {

    private static Instance approval(String budget, List<Project> projects, Ballot... ballots) {
        return Instance.of(new BigDecimal(budget), VoteType.APPROVAL, projects, Arrays.asList(ballots));
    }

    private static Project project(String id, String cost) {
        return new Project(id, cost);
    }

    private static List<String> select(Instance instance, Rule rule, Satisfaction sat) {
        return AllocationEngine.allocate(instance, rule, sat).selectedIds();
    }

    @Test
    public void tiesGoToTheSmallerIdInCodePointOrder() {
        // "10" and "9" both cost 5, both voters approve both; only one fits. "10" < "9" by code point.
        Instance instance = approval("5", List.of(project("9", "5"), project("10", "5")),
                Ballot.approval("v1", "9", "10"), Ballot.approval("v2", "10", "9"));
        assertEquals(List.of("10"), select(instance, Rule.GREEDY, Satisfaction.COST));
        assertEquals(List.of("10"), select(instance, Rule.MES, Satisfaction.COST));
        assertEquals(List.of("10"), select(instance, Rule.PHRAGMEN, null));
    }

    @Test
    public void selectedIdsAreListedInCodePointOrder() {
        Instance instance = approval("100", List.of(project("b", "1"), project("a", "1"), project("B", "1")),
                Ballot.approval("v1", "a", "b", "B"));
        assertEquals(List.of("B", "a", "b"), select(instance, Rule.GREEDY, Satisfaction.CARDINALITY));
    }

    @Test
    public void zeroCostProjects() {
        // free-liked: cost 0 with a supporter; free-unloved: cost 0, nobody votes for it.
        Instance instance = approval("10", List.of(project("free-liked", "0"), project("free-unloved", "0"),
                project("a", "10")), Ballot.approval("v1", "free-liked", "a"), Ballot.approval("v2", "a"));
        // Greedy: a free project always fits, so all three are funded whatever their ratio.
        assertEquals(List.of("a", "free-liked", "free-unloved"), select(instance, Rule.GREEDY, Satisfaction.COST));
        // MES counts a supporter only where the satisfaction is positive (as pabutools does). Under cost
        // satisfaction a free project satisfies nobody, so it is never funded; a costs 5 each.
        assertEquals(List.of("a"), select(instance, Rule.MES, Satisfaction.COST));
        // Under cardinality v1 is satisfied by free-liked, which is funded up front; free-unloved never.
        assertEquals(List.of("a", "free-liked"), select(instance, Rule.MES, Satisfaction.CARDINALITY));
    }

    @Test
    public void emptyBallotsStillShareTheBudget() {
        // Budget 10 over 2 ballots: 5 each. Only v1 wants a (cost 6) and holds 5, so MES funds nothing.
        Instance instance = approval("10", List.of(project("a", "6")),
                Ballot.approval("v1", "a"), Ballot.approval("v2"));
        assertEquals(List.of(), select(instance, Rule.MES, Satisfaction.COST));
        assertEquals(List.of("a"), select(instance, Rule.GREEDY, Satisfaction.COST));
        // mes-add1: at 6 per voter v1 can pay; {a} costs 6 and nothing else exists: exhaustive.
        assertEquals(List.of("a"), select(instance, Rule.MES_ADD1, Satisfaction.COST));
    }

    @Test
    public void noBallotsAtAll() {
        Instance instance = approval("10", List.of(project("a", "6")));
        assertEquals(List.of(), select(instance, Rule.MES, Satisfaction.COST));
        assertEquals(List.of(), select(instance, Rule.MES_ADD1, Satisfaction.COST));
        // As in pabutools: with no approvals every load is infinite, so Phragmén takes projects by id
        // until one does not fit.
        assertEquals(List.of("a"), select(instance, Rule.PHRAGMEN, null));
        assertEquals(List.of("a"), select(instance, Rule.GREEDY, Satisfaction.COST));
    }

    @Test
    public void projectCostingMoreThanTheBudget() {
        // big: 3 votes but costs 20 > 10. small: 1 vote, cost 4.
        Instance instance = approval("10", List.of(project("big", "20"), project("small", "4")),
                Ballot.approval("v1", "big"), Ballot.approval("v2", "big"), Ballot.approval("v3", "big", "small"));
        assertEquals(List.of("small"), select(instance, Rule.GREEDY, Satisfaction.COST));
        // greedy-no-skip meets big first (3 votes) and stops.
        assertEquals(List.of(), select(instance, Rule.GREEDY_NO_SKIP, Satisfaction.COST));
        // Phragmén never considers a project above the whole budget.
        assertEquals(List.of("small"), select(instance, Rule.PHRAGMEN, null));
        assertEquals(List.of("small"), select(instance, Rule.MAX_WELFARE, Satisfaction.COST));
    }

    @Test
    public void equalSharesRoundByRound() {
        // Budget 30, three voters with 10 each. z (12) by all: 4 each, rho 1/3. x (12) by v1, v2: 6 each,
        // rho 1/2. y (9) by v3 alone: rho 1. Round 1 z: budgets 6, 6, 6. Round 2 x: 6 each (v1, v2 at 0);
        // y now needs 9 from v3 who has 6: unaffordable.
        Instance instance = approval("30", List.of(project("x", "12"), project("y", "9"), project("z", "12")),
                Ballot.approval("v1", "x", "z"), Ballot.approval("v2", "x", "z"), Ballot.approval("v3", "y", "z"));
        Outcome outcome = AllocationEngine.allocate(instance, Rule.MES, Satisfaction.COST);
        assertEquals(List.of("x", "z"), outcome.selectedIds());
        List<Explanation.Step> rounds = outcome.explanation().steps().stream()
                .filter(s -> s.kind() == Explanation.StepKind.SELECTED).collect(Collectors.toList());
        assertEquals("z", rounds.get(0).projectId());
        assertEquals("1/3", rounds.get(0).details().get("pricePerSatisfaction"));
        assertEquals("3", rounds.get(0).details().get("fullPayers"));
        assertEquals("x", rounds.get(1).projectId());
        assertEquals("1/2", rounds.get(1).details().get("pricePerSatisfaction"));
        assertEquals("6", rounds.get(1).details().get("paymentPerWeight"));
    }

    @Test
    public void equalSharesWithPointsLetsThePoorerPayAll() {
        // Cumulative, budget 10: 5 each. a (9): v1 gives 2 points, v2 1 point. Equal 3 per point would ask
        // 6 of v1, who has 5: v1 pays 5, v2 pays the remaining 4.
        Instance instance = Instance.of(new BigDecimal("10"), VoteType.CUMULATIVE, List.of(project("a", "9")),
                List.of(Ballot.scored("v1", "a", 2), Ballot.scored("v2", "a", 1)));
        Outcome outcome = AllocationEngine.allocate(instance, Rule.MES, Satisfaction.CARDINAL);
        assertEquals(List.of("a"), outcome.selectedIds());
        Explanation.Step step = outcome.explanation().steps().get(0);
        assertEquals("4", step.details().get("paymentPerWeight"));
        assertEquals("1", step.details().get("cappedPayers"));
        // At cost 11 the two together hold only 10.
        Instance tooDear = Instance.of(new BigDecimal("10"), VoteType.CUMULATIVE, List.of(project("a", "11")),
                List.of(Ballot.scored("v1", "a", 2), Ballot.scored("v2", "a", 1)));
        assertEquals(List.of(), select(tooDear, Rule.MES, Satisfaction.CARDINAL));
    }

    @Test
    public void mesAddOneRaisesBudgetsUntilExhaustive() {
        // Budget 10, 5 each. a (6) by v1, b (4) by v2. At 5: only b. Not exhaustive (a still fits in 6).
        // At 6: a and b both have rho 1; a by id, then b: {a, b} costs 10, exhaustive.
        Instance instance = approval("10", List.of(project("a", "6"), project("b", "4")),
                Ballot.approval("v1", "a"), Ballot.approval("v2", "b"));
        assertEquals(List.of("b"), select(instance, Rule.MES, Satisfaction.COST));
        assertEquals(List.of("a", "b"), select(instance, Rule.MES_ADD1, Satisfaction.COST));
    }

    @Test
    public void mesAddOneReturnsThePreviousOutcomeWhenTheNextOverspends() {
        // Budget 10, 5 each. a (6) by v1 and v2 (3 each): rho 1/2... funded at 5 per voter: {a}, 4 left,
        // b (5) by v1 does not fit in 4: exhaustive already.
        Instance instance = approval("10", List.of(project("a", "6"), project("b", "5")),
                Ballot.approval("v1", "a", "b"), Ballot.approval("v2", "a"));
        assertEquals(List.of("a"), select(instance, Rule.MES_ADD1, Satisfaction.COST));
        assertEquals(List.of("a"), select(instance, Rule.MES_ADD1_GREEDY, Satisfaction.COST));
    }

    @Test
    public void phragmenStopsInsteadOfSkipping() {
        // Budget 10. Loads: a (6, v1 v2) 3, b (6, v3 v4) 3, c (1, v5) 1, d (3, v5) 3.
        // Round 1: c at load 1. Round 2: a and b at 3, d now (1 + 3) / 1 = 4: a by id (7 spent).
        // Round 3: b at 3 is next but 7 + 6 > 10: stop, although d (3) would still fit.
        Instance instance = approval("10", List.of(project("a", "6"), project("b", "6"), project("c", "1"),
                project("d", "3")), Ballot.approval("v1", "a"), Ballot.approval("v2", "a"),
                Ballot.approval("v3", "b"), Ballot.approval("v4", "b"), Ballot.approval("v5", "c", "d"));
        assertEquals(List.of("a", "c"), select(instance, Rule.PHRAGMEN, null));
        // Greedy by cardinality skips b and takes d.
        assertEquals(List.of("a", "c", "d"), select(instance, Rule.GREEDY, Satisfaction.CARDINALITY));
    }

    @Test
    public void maxWelfareBeatsGreedyWhenGreedyWastesBudget() {
        // Budget 10, cardinality. a (6) 3 votes: ratio 1/2; b, c (5) 2 votes each: 2/5. Greedy takes a, then
        // neither fits (welfare 3); b + c fit together (welfare 4).
        Instance instance = approval("10", List.of(project("a", "6"), project("b", "5"), project("c", "5")),
                Ballot.approval("v1", "a", "b"), Ballot.approval("v2", "a", "c"), Ballot.approval("v3", "a", "b"),
                Ballot.approval("v4", "c"));
        assertEquals(List.of("a"), select(instance, Rule.GREEDY, Satisfaction.CARDINALITY));
        Outcome best = AllocationEngine.allocate(instance, Rule.MAX_WELFARE, Satisfaction.CARDINALITY);
        assertEquals(List.of("b", "c"), best.selectedIds());
        assertEquals(Fraction.of(4), best.welfare());
    }

    @Test
    public void decimalCostsStayExact() {
        // 0.1 + 0.2 = 0.3 exactly: both fit in a budget of 0.3, which binary floating point would refuse.
        Instance instance = approval("0.3", List.of(project("a", "0.1"), project("b", "0.2")),
                Ballot.approval("v1", "a", "b"));
        Outcome outcome = AllocationEngine.allocate(instance, Rule.GREEDY, Satisfaction.COST);
        assertEquals(List.of("a", "b"), outcome.selectedIds());
        assertEquals(Fraction.parse("0.3"), outcome.totalCost());
    }

    @Test
    public void greedyExplainsWhyAProjectWasSkipped() {
        Instance instance = approval("10", List.of(project("big", "20"), project("small", "4")),
                Ballot.approval("v1", "big"), Ballot.approval("v2", "big", "small"));
        Outcome outcome = AllocationEngine.allocate(instance, Rule.GREEDY, Satisfaction.COST);
        Explanation.Step first = outcome.explanation().steps().get(0);
        assertEquals(Explanation.StepKind.SKIPPED, first.kind());
        assertEquals("big", first.projectId());
        assertTrue(first.text(), first.text().contains("only 10 remains"));
    }

    @Test(expected = AllocationException.class)
    public void phragmenRefusesOrdinalBallots() {
        Instance instance = Instance.of(BigDecimal.TEN, VoteType.ORDINAL, List.of(project("a", "1")),
                List.of(Ballot.ordinal("v1", "a")));
        AllocationEngine.allocate(instance, Rule.PHRAGMEN, null);
    }

    @Test
    public void bordaAndOrdinalCost() {
        // Ordinal ballot b > a > c: borda 2, 1, 0; ordinal-cost (3, 2, 1) x cost.
        Instance instance = Instance.of(new BigDecimal("3"), VoteType.ORDINAL,
                List.of(project("a", "1"), project("b", "2"), project("c", "1")),
                List.of(Ballot.ordinal("v1", "b", "a", "c")));
        assertEquals(Fraction.of(3), AllocationEngine.welfare(instance, Satisfaction.BORDA, List.of("a", "b", "c")));
        assertEquals(Fraction.of(2 + 6 + 1),
                AllocationEngine.welfare(instance, Satisfaction.ORDINAL_COST, List.of("a", "b", "c")));
        // Borda density: b 2/2 = 1, a 1/1 = 1 (tie, a by id), c 0: a, then b (3 in total).
        assertEquals(List.of("a", "b"), select(instance, Rule.GREEDY, Satisfaction.BORDA));
    }
}
