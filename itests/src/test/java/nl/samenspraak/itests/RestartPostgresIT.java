package nl.samenspraak.itests;

import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

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

    @Override
    protected boolean eersteStartOpLegeDemodatabase() {
        return false; // a new PostgreSQL database: Liquibase makes the schema at the first start
    }

    /**
     * A database that is not there when the node first asks for it (created late, slow to answer, briefly
     * unreachable) is waited for: the node becomes ready once it comes, without a restart. Before, the pool
     * failed its first connection and no datasource was ever offered.
     */
    @Test
    public void aDatabaseThatComesAfterTheNodeIsWaitedFor() throws Exception {
        PostgresServer server = PostgresServer.get();
        String database = "later_" + Long.toHexString(System.nanoTime());
        try (Distributie d = Distributie.uitpakken(getClass().getSimpleName() + "-later")) {
            d.database(server.datasource(database));
            AtomicReference<String> fout = new AtomicReference<>();
            Thread dba = new Thread(() -> {
                try {
                    // only once the node has been refused: then the database really came after it
                    wachtOp(d.home.resolve("data/log/karaf.log"), "\"" + database + "\" does not exist");
                    server.database(database);
                } catch (Exception | AssertionError e) {
                    fout.set(e.toString());
                }
            }, "dba");
            dba.start();
            d.run("bin/start", Duration.ofSeconds(60), Map.of());
            dba.join();
            assertNull(fout.get());
            // no restart, no touch: the node takes the database into use once it is there
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + d.port + "/api/v1/health"))
                    .timeout(Duration.ofSeconds(20)).build();
            Instant uiterlijk = Instant.now().plus(Duration.ofMinutes(5));
            String laatste = "";
            while (Instant.now().isBefore(uiterlijk)) {
                try {
                    laatste = http.send(health, HttpResponse.BodyHandlers.ofString()).body();
                    if (new ObjectMapper().readTree(laatste).at("/checks/database/status").asText().equals("UP")) {
                        return;
                    }
                } catch (IOException e) {
                    laatste = e.toString();
                }
                Thread.sleep(1000);
            }
            fail("the database never came into use; last health: " + laatste + d.logTail());
        }
    }

    private static void wachtOp(Path log, String tekst) throws Exception {
        Instant uiterlijk = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(uiterlijk)) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(tekst)) {
                return;
            }
            Thread.sleep(500);
        }
        fail("the node never asked for the missing database (" + tekst + ")");
    }
}
