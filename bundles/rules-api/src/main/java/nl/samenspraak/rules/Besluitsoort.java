package nl.samenspraak.rules;

/**
 * Kinds of draft decisions laid open for inspraak; an ordinance may set different terms per kind.
 */
public enum Besluitsoort {
    BELEIDSNOTA,
    VERORDENING,
    OMGEVINGSPLAN,
    GEBIEDSVISIE,
    UITVOERINGSBESLUIT,
    OVERIG
}
