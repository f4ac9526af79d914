package nl.samenspraak.api.initiatief;

/**
 * The kinds of initiative the platform knows, each with its own {@link Levenscyclus}.
 */
public enum Initiatiefsoort {
    /** Overheidsparticipatie: residents take the initiative and apply for a subsidy. */
    BEWONERSINITIATIEF,
    /** Right to Challenge: a request to take over the execution of a municipal task. */
    UITDAAGRECHT,
    /** Burgerparticipatie: a process of the gemeente in which residents take part. */
    PARTICIPATIETRAJECT,
    /** Formal inspraak on a draft decision laid ter inzage, with zienswijzen and a reactienota. */
    INSPRAAK
}
