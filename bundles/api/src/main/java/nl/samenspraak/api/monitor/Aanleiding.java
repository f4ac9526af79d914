package nl.samenspraak.api.monitor;

import java.util.Locale;

/** What a questionnaire follows: the moment its participants have something to look back on. */
public enum Aanleiding {
    /** A phase of a participatietraject ended. */
    FASE_AFGEROND,
    /** An inspraak closed with its reactienota. */
    INSPRAAK_GESLOTEN,
    /** A besluit was taken on a subsidy application or an uitdaagrecht request. */
    BESLUIT,
    /** The result of a wijkbudget round was published. */
    WIJKBUDGET_UITSLAG;

    public String sleutel() {
        return name().toLowerCase(Locale.ROOT);
    }
}
