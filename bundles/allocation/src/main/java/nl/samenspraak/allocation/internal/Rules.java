package nl.samenspraak.allocation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.samenspraak.allocation.AllocationException;
import nl.samenspraak.allocation.Explanation;
import nl.samenspraak.allocation.Explanation.StepKind;
import nl.samenspraak.allocation.Fraction;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Outcome;
import nl.samenspraak.allocation.Project;
import nl.samenspraak.allocation.Rule;
import nl.samenspraak.allocation.Satisfaction;

/** Runs one rule on one instance and assembles the outcome; the rules themselves live beside it. */
public final class Rules {

    static final String THRESHOLD_KEY = "min_project_score_threshold";

    private Rules() {
    }

    public static Outcome allocate(Instance instance, Rule rule, Satisfaction sat) {
        return allocate(Profile.of(instance), rule, sat);
    }

    public static Outcome allocate(Profile instance, Rule rule, Satisfaction sat) {
        return allocate(instance, rule, sat, true);
    }

    /**
     * With {@code explained} false the outcome's explanation has its summary but no steps; the selection is
     * the same (for {@code bin/allocate} without {@code --json}, which prints only the selection).
     */
    public static Outcome allocate(Profile instance, Rule rule, Satisfaction sat, boolean explained) {
        if (rule == Rule.PHRAGMEN) {
            if (!instance.voteType.isApproval()) {
                throw new AllocationException("phragmen needs approval ballots, this instance has "
                        + instance.voteType.pabulibName() + " ballots");
            }
            sat = null;
        } else if (sat == null) {
            sat = Satisfaction.defaultFor(instance.voteType);
        } else if (!sat.appliesTo(instance.voteType)) {
            throw new AllocationException("satisfaction '" + sat.cliName() + "' does not apply to "
                    + instance.voteType.pabulibName() + " ballots");
        }
        Election election = new Election(instance, sat == null ? Satisfaction.CARDINALITY : sat);
        Steps steps = new Steps(explained);
        List<Integer> selected;
        String summary;
        switch (rule) {
            case GREEDY:
                selected = Greedy.run(election, List.of(), Set.of(), false, steps);
                summary = "Projects in order of total satisfaction per unit of cost (ties by id); each project"
                        + " that still fits in the remaining budget is funded.";
                break;
            case GREEDY_NO_SKIP:
                selected = Greedy.run(election, List.of(), Set.of(), true, steps);
                summary = "Projects in order of total satisfaction per unit of cost (ties by id), funded until"
                        + " the first one that does not fit.";
                break;
            case GREEDY_THRESHOLD:
                selected = Greedy.run(election, List.of(), belowThreshold(instance, election), false, steps);
                summary = "Projects scoring below the threshold of " + instance.meta.get(THRESHOLD_KEY)
                        + " are not eligible; the others in order of total satisfaction per unit of cost"
                        + " (ties by id), each funded if it still fits.";
                break;
            case MES:
                selected = equalShares(election, steps);
                summary = "Method of Equal Shares: every voter controls an equal part of the budget ("
                        + Steps.money(perVoter(election)) + "); projects are bought one by one, cheapest price per"
                        + " unit of satisfaction first, paid for by their own supporters.";
                break;
            case MES_ADD1:
            case MES_ADD1_GREEDY:
                selected = equalSharesAddOne(election, steps);
                summary = "Method of Equal Shares, with each voter's part of the budget raised by 1 until the"
                        + " outcome uses the budget up (or the next step would overspend it).";
                if (rule == Rule.MES_ADD1_GREEDY) {
                    Election byCost = sat == Satisfaction.COST ? election : new Election(instance, Satisfaction.COST);
                    steps.add(StepKind.NOTE, null, "The remaining budget is filled greedily, largest total cost"
                            + " of approvals per unit of cost first.");
                    selected = Greedy.run(byCost, selected, Set.of(), false, steps);
                    summary += " What is left is then filled greedily.";
                }
                break;
            case PHRAGMEN:
                selected = Phragmen.run(election, steps);
                summary = "Sequential Phragmén: each bought project's cost is spread over its supporters so"
                        + " that the highest load any voter carries stays as low as possible; stops at the first"
                        + " project that does not fit.";
                break;
            case MAX_WELFARE:
                selected = MaxWelfare.run(election);
                summary = "The affordable set of projects with the highest total satisfaction.";
                break;
            default:
                throw new IllegalStateException(rule.toString());
        }
        List<String> ids = new ArrayList<>();
        Fraction welfare = Fraction.ZERO;
        for (int p : selected) {
            ids.add(election.ids[p]);
            welfare = welfare.add(election.totalSatisfaction[p]);
        }
        ids.sort(CodePointOrder.INSTANCE);
        Fraction totalCost = election.costOf(selected);
        if (rule == Rule.MAX_WELFARE) {
            steps.add(StepKind.NOTE, null, "Total satisfaction " + welfare.toDecimalString(12) + " at cost "
                    + Steps.money(totalCost) + "; no affordable set does better.", "welfare", welfare);
        }
        return new Outcome(rule, sat, ids, totalCost, election.budget, sat == null ? null : welfare,
                new Explanation(summary, steps.list()));
    }

    public static Fraction welfare(Instance instance, Satisfaction sat, java.util.Collection<String> projectIds) {
        Election election = new Election(instance, sat);
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int p = 0; p < election.projectCount(); p++) {
            index.put(election.ids[p], p);
        }
        Fraction total = Fraction.ZERO;
        for (String id : new HashSet<>(projectIds)) {
            Integer p = index.get(id);
            if (p == null) {
                throw new AllocationException("unknown project " + id);
            }
            total = total.add(election.totalSatisfaction[p]);
        }
        return total;
    }

    private static Fraction perVoter(Election e) {
        return e.ballotCount == 0 ? Fraction.ZERO : e.budget.divide(e.ballotCount);
    }

    private static List<Integer> equalShares(Election e, Steps steps) {
        if (e.ballotCount == 0) {
            steps.add(StepKind.NOTE, null, "There are no ballots, so nothing is funded.");
            return List.of();
        }
        EqualShares.Run run = new EqualShares(e, steps.recording()).run(perVoter(e), null);
        if (steps.recording()) {
            steps.addAll(run.steps().list());
        }
        return run.selected;
    }

    /**
     * pabutools' {@code voter_budget_increment=1}: run MES with B/n, B/n+1, ... per voter; return the
     * first outcome that is exhaustive, or the previous one as soon as an outcome overspends.
     */
    private static List<Integer> equalSharesAddOne(Election e, Steps steps) {
        if (e.ballotCount == 0) {
            steps.add(StepKind.NOTE, null, "There are no ballots, so nothing is funded.");
            return List.of();
        }
        EqualShares mes = new EqualShares(e, steps.recording());
        Fraction perVoter = perVoter(e);
        EqualShares.Run previous = null;
        Fraction previousBudget = null;
        int increments = 0;
        while (true) {
            EqualShares.Run run = mes.run(perVoter, e.budget);
            if (run.abortedOverBudget) {
                return finish(previous, previousBudget, increments - 1, steps, mes, "raising it once more would"
                        + " overspend the budget (" + Steps.money(run.totalCost) + " > " + Steps.money(e.budget) + ")");
            }
            if (isExhaustive(e, mes, run)) {
                return finish(run, perVoter, increments, steps, mes, "no further project fits in the budget");
            }
            previous = run;
            previousBudget = perVoter;
            perVoter = perVoter.add(Fraction.ONE);
            increments++;
        }
    }

    private static List<Integer> finish(EqualShares.Run run, Fraction perVoter, int increments, Steps steps,
            EqualShares mes, String reason) {
        if (run == null) {
            // Cannot happen: the first run spends at most the voters' total, which is the budget.
            steps.add(StepKind.NOTE, null, "Nothing is funded.");
            return new ArrayList<>(mes.freeProjects());
        }
        steps.add(StepKind.NOTE, null, "Each voter's budget was raised " + increments + " time(s) by 1 to "
                + Steps.money(perVoter) + "; " + reason + ".", "budgetPerVoter", perVoter, "increments", increments);
        if (steps.recording()) {
            steps.addAll(run.steps().list());
        }
        return run.selected;
    }

    private static boolean isExhaustive(Election e, EqualShares mes, EqualShares.Run run) {
        Set<Integer> chosen = new HashSet<>(run.selected);
        Fraction room = e.budget.subtract(run.totalCost);
        for (int p = 0; p < e.projectCount(); p++) {
            if (mes.isCandidate(p) && !chosen.contains(p) && e.cost[p].compareTo(room) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static Set<Integer> belowThreshold(Profile instance, Election e) {
        String thresholdText = instance.meta.get(THRESHOLD_KEY);
        if (thresholdText == null) {
            throw new AllocationException("greedy-threshold needs META " + THRESHOLD_KEY + ", which this file lacks");
        }
        BigDecimal threshold = decimal(thresholdText, "META " + THRESHOLD_KEY);
        java.util.Map<String, Project> byId = new java.util.HashMap<>();
        for (Project project : instance.projects) {
            byId.put(project.id(), project);
        }
        Set<Integer> excluded = new HashSet<>();
        for (int p = 0; p < e.projectCount(); p++) {
            Project project = byId.get(e.ids[p]);
            String score = project.attributes().get("score");
            if (score == null) {
                score = project.attributes().get("votes");
            }
            if (score == null) {
                throw new AllocationException("greedy-threshold: project " + project.id()
                        + " has neither a score nor a votes value");
            }
            if (decimal(score, "score of project " + project.id()).compareTo(threshold) < 0) {
                excluded.add(p);
            }
        }
        return excluded;
    }

    private static BigDecimal decimal(String text, String what) {
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new AllocationException(what + " is not a number: '" + text + "'");
        }
    }
}
