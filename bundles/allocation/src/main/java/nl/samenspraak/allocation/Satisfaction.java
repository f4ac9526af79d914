package nl.samenspraak.allocation;

/**
 * How much a voter is satisfied with one selected project. All are additive over projects.
 */
public enum Satisfaction {
    /** The project's cost if the voter's ballot names it (any ballot type). */
    COST("cost"),
    /** 1 if the voter's ballot names the project (any ballot type). */
    CARDINALITY("cardinality"),
    /** The points the voter gave the project (cumulative/scoring). */
    CARDINAL("cardinal"),
    /** Points times cost (cumulative/scoring). */
    POINTS_COST("points-cost"),
    /** Ballot length minus position minus 1 (ordinal; pabutools' Additive_Borda_Sat). */
    BORDA("borda"),
    /** (Ballot length minus position) times cost (ordinal). */
    ORDINAL_COST("ordinal-cost");

    private final String cliName;

    Satisfaction(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public boolean appliesTo(VoteType voteType) {
        switch (this) {
            case COST:
            case CARDINALITY:
                return true;
            case CARDINAL:
            case POINTS_COST:
                return voteType.hasPoints();
            default:
                return voteType == VoteType.ORDINAL;
        }
    }

    /** {@code cost} for approval, {@code points-cost} for cumulative/scoring, {@code ordinal-cost} for ordinal. */
    public static Satisfaction defaultFor(VoteType voteType) {
        if (voteType.hasPoints()) {
            return POINTS_COST;
        }
        return voteType == VoteType.ORDINAL ? ORDINAL_COST : COST;
    }

    public static Satisfaction fromCliName(String name) {
        for (Satisfaction sat : values()) {
            if (sat.cliName.equals(name)) {
                return sat;
            }
        }
        StringBuilder names = new StringBuilder();
        for (Satisfaction sat : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(sat.cliName);
        }
        throw new IllegalArgumentException("unknown satisfaction '" + name + "' (expected one of " + names + ")");
    }
}
