package nl.samenspraak.allocation;

/** The allocation rules, with the semantics of pabutools 1.2.x (see the module README). */
public enum Rule {
    /** Rank by total satisfaction per unit of cost, ties by project id; take each project that still fits. */
    GREEDY("greedy"),
    /** {@link #GREEDY} after dropping projects whose score (or votes) is below META min_project_score_threshold. */
    GREEDY_THRESHOLD("greedy-threshold"),
    /** {@link #GREEDY}, but stop at the first project that does not fit. */
    GREEDY_NO_SKIP("greedy-no-skip"),
    /** Method of Equal Shares without completion. */
    MES("mes"),
    /** Method of Equal Shares, each voter's budget raised by 1 per step until exhaustive or over budget. */
    MES_ADD1("mes-add1"),
    /** {@link #MES_ADD1}, then greedy by cost on what is left. */
    MES_ADD1_GREEDY("mes-add1-greedy"),
    /** Sequential Phragmén (approval ballots); stops at the first project that does not fit. */
    PHRAGMEN("phragmen"),
    /** A budget allocation of maximal total satisfaction (exact knapsack). */
    MAX_WELFARE("max-welfare");

    private final String cliName;

    Rule(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** Whether the rule uses a satisfaction function at all ({@link #PHRAGMEN} uses approvals only). */
    public boolean usesSatisfaction() {
        return this != PHRAGMEN;
    }

    public static Rule fromCliName(String name) {
        for (Rule rule : values()) {
            if (rule.cliName.equals(name)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown rule '" + name + "' (expected one of " + names() + ")");
    }

    public static String names() {
        StringBuilder names = new StringBuilder();
        for (Rule rule : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(rule.cliName);
        }
        return names.toString();
    }
}
