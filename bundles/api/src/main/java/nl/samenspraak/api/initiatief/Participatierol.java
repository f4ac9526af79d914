package nl.samenspraak.api.initiatief;

/**
 * The part someone plays in one initiative. Platform roles ({@link nl.samenspraak.api.security.Rol}) say
 * what someone may do in a gemeente; these say who is who within an initiative.
 */
public enum Participatierol {
    INITIATIEFNEMER,
    DEELNEMER,
    ONDERNEMER,
    MAATSCHAPPELIJKE_ORGANISATIE,
    PROCESBEGELEIDER,
    PROJECTLEIDER,
    BESTUURDER
}
