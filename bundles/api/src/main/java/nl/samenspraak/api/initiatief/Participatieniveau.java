package nl.samenspraak.api.initiatief;

/**
 * The rungs of the participatieladder, from least to most say for residents.
 */
public enum Participatieniveau {
    INFORMEREN,
    RAADPLEGEN,
    ADVISEREN,
    COPRODUCEREN,
    MEEBESLISSEN
}
