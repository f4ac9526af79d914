package nl.samenspraak.api.budget;

/**
 * The kinds of ledger entry. See {@link Saldo} for what each does to the figures of a budget and when it is
 * refused.
 */
public enum BoekingSoort {
    /** Earmarks money for a pending matter (e.g. an application under consideration): less is available. */
    RESERVERING,
    /** Grants money (a subsidy decision): less is available. */
    TOEKENNING,
    /** Pays out granted money: moves it from granted to paid; availability does not change. */
    UITBETALING,
    /** Returns committed, unpaid money (a reservation or grant that will not be spent) to what is available. */
    VRIJVAL
}
