package nl.samenspraak.api.initiatief;

/**
 * Every state an initiative can be in; which apply to which kind, and how one follows another, is the
 * {@link Levenscyclus}'s business.
 */
public enum Status {
    /** A subsidy application is in and awaits its besluit; the decision clock runs. */
    AANGEVRAAGD,
    /** The application or request is incomplete: the applicant is asked to supply more; the clock stops. */
    AANVULLING_GEVRAAGD,
    /** The subsidy is granted (verleend) and booked on the budget. */
    VERLEEND,
    /** Refused, with reasons. */
    AFGEWEZEN,
    /** The initiative reported its actual costs (verantwoording). */
    VERANTWOORD,
    /** The subsidy is settled (vastgesteld); any difference with the grant is released to the budget. */
    VASTGESTELD,
    /** An uitdaagrecht request is in and awaits its besluit. */
    INGEDIEND,
    /** The uitdaagrecht request is granted: the challenger takes over the task. */
    TOEGEKEND,
    /** Participatietraject phases (art. 150 Gemeentewet: preparation, execution, evaluation). */
    VOORBEREIDING,
    UITVOERING,
    EVALUATIE,
    AFGESLOTEN,
    /** The draft decision lies open for zienswijzen. */
    TER_INZAGE,
    /** The reactienota answering every zienswijze is published. */
    REACTIENOTA_VASTGESTELD;

    /** The lower-case name used in the REST API. */
    public String naam() {
        return name().toLowerCase();
    }
}
