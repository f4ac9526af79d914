package nl.samenspraak.schema.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Before;
import org.junit.Test;

import liquibase.resource.AbstractResource;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

/**
 * The shipped changelog on a fresh in-memory Derby database, run twice: the second run finds its fingerprint and
 * leaves Liquibase out, and a changed changelog, or a database without the fingerprint, runs Liquibase again.
 */
public class SchemaStempelTest {

    private final ResourceAccessor changelog = new ClassLoaderResourceAccessor(SchemaStempelTest.class.getClassLoader());
    private EmbeddedDataSource database;

    @Before
    public void freshDatabase() {
        database = new EmbeddedDataSource();
        database.setDatabaseName("memory:schemastempel-" + UUID.randomUUID());
        database.setCreateDatabase("create");
    }

    @Test
    public void aMigratedDatabaseRecordsTheFingerprintOfItsChangelog() throws Exception {
        assertTrue(SchemaMigraties.migreer(database, changelog, true).startsWith("Apache Derby"));

        assertEquals(List.of(SchemaStempel.vingerafdruk(changelog, SchemaMigraties.CHANGELOG)),
                kolom("SELECT VINGERAFDRUK FROM SCHEMASTEMPEL"));
        assertEquals("every changeset ran", List.of("9-schemastempel"),
                kolom("SELECT ID FROM DATABASECHANGELOG WHERE ID = '9-schemastempel'"));
    }

    @Test
    public void theSameChangelogAgainLeavesLiquibaseOut() throws Exception {
        SchemaMigraties.migreer(database, changelog, false);
        // were Liquibase to run, it would make this table again and record the changeset
        voerUit("DROP TABLE WEBSESSIE");
        voerUit("DELETE FROM DATABASECHANGELOG WHERE ID = '8-websessie'");

        SchemaMigraties.migreer(database, changelog, false);

        assertFalse(tabellen().contains("WEBSESSIE"));
    }

    @Test
    public void withoutItsFingerprintTheDatabaseIsMigratedByLiquibase() throws Exception {
        SchemaMigraties.migreer(database, changelog, false);
        voerUit("DROP TABLE WEBSESSIE");
        voerUit("DELETE FROM DATABASECHANGELOG WHERE ID = '8-websessie'");
        voerUit("DELETE FROM SCHEMASTEMPEL");

        SchemaMigraties.migreer(database, changelog, false);

        assertTrue(tabellen().contains("WEBSESSIE"));
        assertEquals(1, kolom("SELECT VINGERAFDRUK FROM SCHEMASTEMPEL").size());
    }

    @Test
    public void aChangelogThatDiffersInOneByteHasAnotherFingerprint() throws Exception {
        String shipped = SchemaStempel.vingerafdruk(changelog, SchemaMigraties.CHANGELOG);
        assertEquals(shipped, SchemaStempel.vingerafdruk(changelog, SchemaMigraties.CHANGELOG));
        assertEquals(64, shipped.length());

        assertNotEquals(shipped, SchemaStempel.vingerafdruk(metExtraBestand("db/changelog/010-nieuw.xml", "<x/>"),
                SchemaMigraties.CHANGELOG));
    }

    @Test
    public void twoVersionsOfThePlatformOnOneDatabaseEachKeepTheirOwnFingerprint() throws Exception {
        SchemaMigraties.migreer(database, changelog, false);
        try (Connection verbinding = database.getConnection()) {
            SchemaStempel.zet(verbinding, "een-latere-versie");
            SchemaStempel.zet(verbinding, "een-latere-versie");

            assertTrue(SchemaStempel.staatOp(verbinding, "een-latere-versie"));
            assertTrue(SchemaStempel.staatOp(verbinding, SchemaStempel.vingerafdruk(changelog, SchemaMigraties.CHANGELOG)));
        }
        assertEquals(2, kolom("SELECT VINGERAFDRUK FROM SCHEMASTEMPEL").size());
    }

    @Test
    public void aDatabaseWithoutTheTableIsNotUpToDate() throws Exception {
        try (Connection verbinding = database.getConnection()) {
            assertFalse(SchemaStempel.staatOp(verbinding, SchemaStempel.vingerafdruk(changelog, SchemaMigraties.CHANGELOG)));
        }
    }

    private ResourceAccessor metExtraBestand(String pad, String inhoud) {
        return new ClassLoaderResourceAccessor(SchemaStempelTest.class.getClassLoader()) {
            @Override
            public List<Resource> search(String path, boolean recursive) throws IOException {
                List<Resource> gevonden = new ArrayList<>(super.search(path, recursive));
                gevonden.add(new AbstractResource(pad, java.net.URI.create("test:" + pad)) {
                    @Override
                    public InputStream openInputStream() {
                        return new ByteArrayInputStream(inhoud.getBytes(StandardCharsets.UTF_8));
                    }

                    @Override
                    public boolean exists() {
                        return true;
                    }

                    @Override
                    public Resource resolve(String other) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public Resource resolveSibling(String other) {
                        throw new UnsupportedOperationException();
                    }
                });
                return gevonden;
            }
        };
    }

    private void voerUit(String sql) throws SQLException {
        try (Connection verbinding = database.getConnection(); Statement opdracht = verbinding.createStatement()) {
            opdracht.executeUpdate(sql);
        }
    }

    private List<String> kolom(String sql) throws SQLException {
        List<String> waarden = new ArrayList<>();
        try (Connection verbinding = database.getConnection(); Statement opdracht = verbinding.createStatement();
                ResultSet rijen = opdracht.executeQuery(sql)) {
            while (rijen.next()) {
                waarden.add(rijen.getString(1));
            }
        }
        return waarden;
    }

    private List<String> tabellen() throws SQLException {
        return kolom("SELECT TABLENAME FROM SYS.SYSTABLES WHERE TABLETYPE = 'T'");
    }
}
