package nl.samenspraak.itests;

import org.ops4j.pax.exam.Option;

/** {@link BudgetIT} on PostgreSQL (the ledger that never over-allocates under concurrent grants): the same tests, the node switched by its datasource configuration. */
public class BudgetPostgresIT extends BudgetIT {

    @Override
    protected Option database() {
        return postgres("budgetpostgresit");
    }
}
