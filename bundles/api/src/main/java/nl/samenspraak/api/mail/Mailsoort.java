package nl.samenspraak.api.mail;

/** Every kind of mail the platform sends; a resident chooses per kind how often (see {@link Frequentie}). */
public enum Mailsoort {
    /** To the applicant: the application or request arrived, with its reference. */
    AANVRAAG_ONTVANGEN(true),
    /** To the applicant: the gemeente asks for more (what, and by when). */
    AANVULLING_GEVRAAGD(true),
    /** To the applicant: the besluit, with a summary of its reasons and the last day for bezwaar. */
    BESLUIT_GENOMEN(true),
    /** To whoever submitted a zienswijze: it arrived. */
    ZIENSWIJZE_ONTVANGEN(true),
    /** To everyone who submitted a zienswijze: the reactienota answering it is published. */
    REACTIENOTA_GEPUBLICEERD(true),
    /** To the submitter of a wijkbudget plan: the feasibility check's outcome. */
    PLAN_GETOETST(true),
    /** To everyone who submitted or supported a plan in a round: the round's result. */
    UITSLAG_RONDE(true),
    /** To the address a voter gave while voting, never stored with the ballot: the vote counted. */
    STEMBEWIJS(true),
    /** To the gemeente's civil servants: a new Right to Challenge request. */
    UITDAAGVERZOEK_ONTVANGEN(false),
    /** To the gemeente's civil servants: the daily overview of what falls due. */
    WERKVOORRAAD(false),
    /** To a participant: a questionnaire of the Participatiemonitor about what they took part in is open. */
    VRAGENLIJST_UITNODIGING(true),
    /** To a civil servant: a colleague assigned them an item of the werkvoorraad. */
    ZAAK_TOEGEWEZEN(false),
    /** To a resident: the mail of the kinds they want once a day, together in one mail. */
    DAGOVERZICHT(true);

    private final boolean voorInwoner;

    Mailsoort(boolean voorInwoner) {
        this.voorInwoner = voorInwoner;
    }

    /**
     * Whether a resident receives this kind; otherwise it goes to civil servants (to the gemeente's address, or for
     * {@link #ZAAK_TOEGEWEZEN} to the one civil servant, who chooses how often like a resident does).
     */
    public boolean voorInwoner() {
        return voorInwoner;
    }

    /** The lower-case name used in links, templates and the shell, e.g. {@code besluit_genomen}. */
    public String naam() {
        return name().toLowerCase();
    }

    public static Mailsoort van(String naam) {
        return valueOf(naam.toUpperCase());
    }
}
