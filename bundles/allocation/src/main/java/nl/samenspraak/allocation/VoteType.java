package nl.samenspraak.allocation;

import java.util.Locale;

/** The Pabulib {@code vote_type}: what a ballot expresses. */
public enum VoteType {
    APPROVAL("approval"),
    /** An approval ballot naming at most one project. */
    CHOOSE_1("choose-1"),
    CUMULATIVE("cumulative"),
    SCORING("scoring"),
    ORDINAL("ordinal");

    private final String pabulibName;

    VoteType(String pabulibName) {
        this.pabulibName = pabulibName;
    }

    public String pabulibName() {
        return pabulibName;
    }

    public boolean isApproval() {
        return this == APPROVAL || this == CHOOSE_1;
    }

    public boolean hasPoints() {
        return this == CUMULATIVE || this == SCORING;
    }

    public static VoteType fromPabulibName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (VoteType type : values()) {
            if (type.pabulibName.equals(wanted)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown vote_type '" + name
                + "' (expected approval, choose-1, cumulative, scoring or ordinal)");
    }
}
