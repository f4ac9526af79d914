package nl.samenspraak.itests;

import org.ops4j.pax.exam.Option;

/** {@link WijkbudgetIT} on PostgreSQL (a round of 1,000 ballots with a known outcome): the same tests, the node switched by its datasource configuration. */
public class WijkbudgetPostgresIT extends WijkbudgetIT {

    @Override
    protected Option database() {
        return postgres("wijkbudgetpostgresit");
    }
}
