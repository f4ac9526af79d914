package nl.samenspraak.itests;

/**
 * {@link RestartIT} on PostgreSQL: the node is switched by editing its datasource configuration only, before
 * its first start, on a fresh database of the server the tests start ({@link PostgresServer}).
 */
public class RestartPostgresIT extends RestartIT {

    @Override
    protected void kiesDatabase(Distributie node) throws Exception {
        PostgresServer server = PostgresServer.get();
        node.database(server.datasource(server.database("restart")));
    }
}
