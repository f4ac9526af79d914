package nl.samenspraak.rules;

/**
 * Subjects an ordinance may exclude from inspraak (older inspraakverordeningen exclude the begroting,
 * tariffs and taxes, and the mere implementation of higher rules without policy freedom).
 */
public enum Onderwerp {
    BEGROTING,
    BELASTINGEN,
    TARIEVEN,
    UITVOERING_HOGERE_REGELGEVING,
    SPOEDEISEND,
    OVERIG
}
