package nl.samenspraak.api.wijkbudget;

/**
 * The phases of a wijkbudget round, in order. A round only moves forward; phases its set-up does not need
 * (no supporters required, no feasibility check) may be passed over.
 */
public enum Fase {
    PLANNEN_INDIENEN,
    STEUN_VERZAMELEN,
    HAALBAARHEIDSTOETS,
    STEMMEN,
    UITSLAG,
    UITVOERING;

    public String naam() {
        return name().toLowerCase();
    }
}
