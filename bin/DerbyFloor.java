import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import nl.samenspraak.api.wijkbudget.Stem;

/**
 * The database's own part of a ballot, without Karaf, HTTP, JSON or threads: the ballot writer's statements
 * ({@code Stemmenpartij.bewaar} of the persistence bundle, called as the writer calls it: pass lookup, batch
 * insert) and a durable commit per batch, on one thread, against a copy of a stopped node's embedded Derby
 * database. It stores ballots for passes of the largest round that have not voted yet, in the order of
 * shuffled voter keys (up to 100,000 by default), and prints the process's CPU time (the JIT's and the collector's
 * included) and the wall time per ballot after a warm-up of a fifth of them.
 * Run by bin/derby-floor, which puts Derby and the platform's api and persistence bundles on the class path.
 */
public class DerbyFloor {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java -cp DERBY:API:PERSISTENCE bin/DerbyFloor.java DATABASE [BALLOTS [BATCH]]"
                    + " (bin/derby-floor sets the class path)");
            System.exit(2);
        }
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        Method bewaar = Class.forName("nl.samenspraak.persistence.internal.Stemmenpartij")
                .getDeclaredMethod("bewaar", Connection.class, String.class, String.class, List.class);
        bewaar.setAccessible(true);
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + args[0])) {
            db.setAutoCommit(false);
            String[] ronde = largestRound(db);
            String gemeente = ronde[0];
            String rondeId = ronde[1];
            List<String> plannen = plans(db, rondeId);
            List<String> passen = passesWithoutBallot(db, rondeId);
            int ballots = args.length > 1 ? Integer.parseInt(args[1]) : Math.min(100_000, passen.size());
            if (passen.size() < ballots || ballots < 5 * batch) {
                throw new IllegalStateException("round " + rondeId + " has " + passen.size()
                        + " passes without a ballot: " + ballots + " asked, at least " + 5 * batch + " needed");
            }
            Collections.shuffle(passen, new Random(17));
            int warmup = ballots / 5 / batch * batch;
            double cpuAtStart = 0;
            long wallAtStart = 0;
            for (int van = 0; van < ballots; van += batch) {
                if (van == warmup) {
                    cpuAtStart = processCpuSeconds();
                    wallAtStart = System.nanoTime();
                }
                List<Stem> stemmen = new ArrayList<>();
                for (String sleutel : passen.subList(van, Math.min(ballots, van + batch))) {
                    stemmen.add(new Stem(sleutel, plannen, Map.of(), false, Instant.now()));
                }
                List<?> uitkomsten = (List<?>) bewaar.invoke(null, db, gemeente, rondeId, stemmen);
                if (uitkomsten.stream().anyMatch(u -> ((Optional<?>) u).isPresent())) {
                    throw new IllegalStateException("a ballot was refused: " + uitkomsten);
                }
                db.commit();
            }
            int measured = ballots - warmup;
            double cpu = (processCpuSeconds() - cpuAtStart) * 1e6 / measured;
            double wall = (System.nanoTime() - wallAtStart) / 1e3 / measured;
            System.out.printf(Locale.ROOT,
                    "database floor: %.0f us cpu and %.0f us wall per ballot (%,.0f ballots/s on one thread), "
                            + "%,d ballots in batches of %d after %,d of warm-up, round of %,d passes%n",
                    cpu, wall, 1e6 / wall, measured, batch, warmup, passen.size());
        }
    }

    /** The tenant and id of the round with the most passes. */
    private static String[] largestRound(Connection db) throws SQLException {
        try (PreparedStatement vraag = db.prepareStatement("SELECT TENANT_ID, RONDE_ID, COUNT(*) FROM STEMPAS "
                + "WHERE SOORT = 'PAS' GROUP BY TENANT_ID, RONDE_ID ORDER BY 3 DESC FETCH FIRST 1 ROWS ONLY");
                ResultSet rij = vraag.executeQuery()) {
            if (!rij.next()) {
                throw new IllegalStateException("no round with passes in this database");
            }
            return new String[] { rij.getString(1), rij.getString(2) };
        }
    }

    /** Two of the round's plans: what a typical approval ballot names. */
    private static List<String> plans(Connection db, String rondeId) throws SQLException {
        List<String> plannen = new ArrayList<>();
        try (PreparedStatement vraag = db.prepareStatement("SELECT ID FROM WIJKPLAN WHERE RONDE_ID = ? ORDER BY ID")) {
            vraag.setString(1, rondeId);
            try (ResultSet rij = vraag.executeQuery()) {
                while (rij.next() && plannen.size() < 2) {
                    plannen.add(rij.getString(1));
                }
            }
        }
        return plannen;
    }

    private static List<String> passesWithoutBallot(Connection db, String rondeId) throws SQLException {
        List<String> passen = new ArrayList<>();
        try (PreparedStatement vraag = db.prepareStatement("SELECT P.SLEUTEL FROM STEMPAS P WHERE P.RONDE_ID = ? "
                + "AND P.SOORT = 'PAS' AND NOT EXISTS (SELECT 1 FROM STEM S WHERE S.STEMMER = P.SLEUTEL)")) {
            vraag.setString(1, rondeId);
            try (ResultSet rij = vraag.executeQuery()) {
                while (rij.next()) {
                    passen.add(rij.getString(1));
                }
            }
        }
        return passen;
    }

    private static double processCpuSeconds() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9;
    }
}
