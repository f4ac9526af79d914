package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A database written by the last release without migrations (main f613385, whose tables EclipseLink made) is
 * upgraded by the current distribution without losing anything. The fixture {@code db/derby-f613385.zip} was
 * made by {@code src/test/fixture-db/maak-derby-fixture} and holds a row in every table: a budget with its
 * ledger, a granted subsidieaanvraag with its besluit and reasons, an inspraak with a zienswijze, a
 * participant, a closed wijkbudget round with 40 voting passes and 30 ballots, and a round collecting plans
 * with support.
 * <p>
 * Every row of every table, column by column, is read from the fixture and again from the node's database
 * after it ran on it; the node serves the old data over the API, books on the old budget, logs no "already
 * exists", and Liquibase recorded the old tables as there rather than creating them.
 */
public class SchemaUpgradeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIXTURE = "/db/derby-f613385.zip";

    @Test
    public void aDatabaseOfTheLastReleaseWithoutMigrationsKeepsEveryRow() throws Exception {
        try (Distributie node = Distributie.uitpakken("schema-upgrade")) {
            Path voor = Files.createTempDirectory("samenspraak-fixture");
            try {
                unzip(voor);
                unzip(node.home.resolve("data/derby"));
                Map<String, List<String>> rijenVoor = rijen(voor.resolve("samenspraak"));
                assertEquals("the fixture has the release's 14 tables: " + rijenVoor.keySet(), 14, rijenVoor.size());
                rijenVoor.forEach((tabel, rijen) -> assertFalse("the fixture has rows in " + tabel, rijen.isEmpty()));

                node.startDemo();
                String log = node.log();
                // Derby: "Table/View 'X' already exists in Schema 'APP'"; not Karaf's "file already exists" for etc/
                assertFalse("no table was created over an existing one:" + node.logTail(), log.contains("already exists in Schema"));
                assertTrue(node.logTail(), log.contains("Schema of the samenspraak database"));

                // the node reads what the release wrote, and books on it
                JsonNode budget = zoek(node.get("/gemeenten/GM0222/budgetten", "ambtenaar-doetinchem"), "budgetten", "naam",
                        "Bewonersinitiatieven 2026");
                assertEquals("123.45", budget.get("gereserveerd").asText());
                assertEquals("400.00", budget.get("toegekend").asText());
                JsonNode ronde = zoek(node.get("/gemeenten/GM0222/wijkbudgetten", "ambtenaar-doetinchem"), "rondes", "fase",
                        "uitslag");
                assertEquals(30, ronde.at("/uitslag/digitaleStemmen").asInt());
                HttpResponse<String> pabulib = node.get("/gemeenten/GM0222/wijkbudgetten/" + ronde.get("id").asText() + "/pabulib",
                        "ambtenaar-doetinchem");
                assertEquals(pabulib.body(), 200, pabulib.statusCode());
                assertTrue(pabulib.body(), pabulib.body().contains("num_votes;30"));
                HttpResponse<String> geboekt = node.post("/gemeenten/GM0222/budgetten/" + budget.get("id").asText() + "/boekingen",
                        "ambtenaar-doetinchem", "{\"soort\":\"reservering\",\"bedrag\":\"10.00\",\"omschrijving\":\"Na de upgrade\"}");
                assertEquals(geboekt.body(), 201, geboekt.statusCode());
                assertEquals("after the reservering and the grant of the release", 3,
                        JSON.readTree(geboekt.body()).get("volgnummer").asInt());
                node.stop();

                Map<String, List<String>> rijenNa = rijen(node.home.resolve("data/derby/samenspraak"));
                for (Map.Entry<String, List<String>> tabel : rijenVoor.entrySet()) {
                    List<String> na = rijenNa.get(tabel.getKey());
                    for (String rij : tabel.getValue()) {
                        assertTrue(tabel.getKey() + " lost or changed a row: " + rij + "\nafter: " + na,
                                na != null && na.stream().map(SchemaUpgradeIT::zonderHerconfiguratie)
                                        // a later changeset may add columns, at the end: the release's columns must be unchanged
                                        .anyMatch(r -> r.startsWith(zonderHerconfiguratie(rij))));
                    }
                }
                assertEquals("one booking more", rijenVoor.get("BOEKING").size() + 1, rijenNa.get("BOEKING").size());
                List<String> changelog = rijenNa.get("DATABASECHANGELOG");
                assertEquals(changelog.toString(), 14, changelog.stream().filter(r -> r.contains("EXECTYPE=MARK_RAN")).count());
                // what came after the release: 2 (indexes by parent), 3 (running budget totals), 4 (the mail outbox), 5 (the
                // werkvoorraad's assignments), 6 (the Participatiemonitor's responses and self-evaluations, one each), 7
                // (overheidsparticipatie), 8 (the pages' sessions), 9 (the changelogs' fingerprints) and 10 (the kluis)
                assertEquals(changelog.toString(), 10, changelog.stream().filter(r -> r.contains("EXECTYPE=EXECUTED")).count());
            } finally {
                Distributie.delete(voor);
            }
        }
    }

    /** A node records when it configured a gemeente again (GEMEENTE.LASTCONFIGURED): that change is by design. */
    private static String zonderHerconfiguratie(String rij) {
        return rij.replaceFirst("\\|LASTCONFIGURED=[^|]*\\|", "|");
    }

    private static JsonNode zoek(HttpResponse<String> lijst, String veld, String sleutel, String waarde) throws IOException {
        assertEquals(lijst.body(), 200, lijst.statusCode());
        for (JsonNode item : JSON.readTree(lijst.body()).get(veld)) {
            if (waarde.equals(item.path(sleutel).asText())) {
                return item;
            }
        }
        fail("no " + sleutel + " = " + waarde + " in " + lijst.body());
        return null;
    }

    private static void unzip(Path naar) throws IOException {
        Files.createDirectories(naar);
        try (InputStream in = SchemaUpgradeIT.class.getResourceAsStream(FIXTURE); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                Path doel = naar.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(doel);
                } else {
                    Files.createDirectories(doel.getParent());
                    Files.copy(zip, doel);
                }
            }
        }
    }

    /** Every row of every table in schema APP, as "COLUMN=value" lists, sorted; the database is shut down after. */
    private static Map<String, List<String>> rijen(Path database) throws SQLException {
        String url = "jdbc:derby:" + database;
        Map<String, List<String>> tabellen = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url)) {
            List<String> namen = new ArrayList<>();
            try (ResultSet t = c.getMetaData().getTables(null, "APP", "%", new String[] { "TABLE" })) {
                while (t.next()) {
                    namen.add(t.getString("TABLE_NAME"));
                }
            }
            for (String naam : namen) {
                List<String> rijen = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM APP." + naam)) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        StringBuilder rij = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            Object waarde = r.getObject(i);
                            rij.append(meta.getColumnName(i)).append('=')
                                    .append(waarde instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : waarde).append('|');
                        }
                        rijen.add(rij.toString());
                    }
                }
                rijen.sort(null);
                tabellen.put(naam, rijen);
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException shutdown) {
                // 08006: Derby answers a clean shutdown with an exception
            }
        }
        return tabellen;
    }
}
