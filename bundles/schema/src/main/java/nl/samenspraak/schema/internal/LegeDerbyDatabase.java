package nl.samenspraak.schema.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Makes the empty database that {@code bin/start-demo} gives a new copy of the distribution (its {@code demo/derby}):
 * Apache Derby, brought up to date by this bundle's changelog, with the changelog's fingerprint recorded, and shut
 * down cleanly so that a copy of its folder is a whole database. Creating a Derby database and running every
 * changeset takes seconds of a first start that the build can spend once. Run by this module's build, outside OSGi;
 * never by a node.
 */
public final class LegeDerbyDatabase {

    /** Derby's answer to a clean shutdown of one database. */
    private static final String AFGESLOTEN = "08006";

    private LegeDerbyDatabase() {
    }

    /** {@code args[0]}: the folder of the new database, which must not exist yet. */
    public static void main(String[] args) throws Exception {
        Path map = Path.of(args[0]).toAbsolutePath();
        if (Files.exists(map)) {
            throw new IllegalStateException(map + " exists already: a template is made from nothing, never over a database");
        }
        String url = "jdbc:derby:" + map;
        try (Connection connection = DriverManager.getConnection(url + ";create=true")) {
            SchemaMigraties.migreer(connection, new ClassLoaderResourceAccessor(LegeDerbyDatabase.class.getClassLoader()), true);
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!AFGESLOTEN.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
