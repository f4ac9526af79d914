package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two nodes, two unpacked distributions with the same {@code etc/} (the datasource and the voting-code key
 * copied, as docs/postgresql.md tells a provider), on one PostgreSQL database: any node serves any request.
 * <ul>
 * <li>40 concurrent reserveringen of EUR 1,000 on a budget of EUR 10,000, half through each node: exactly 10
 * are accepted, and both nodes then show the same ledger (row locks in the database, no node cache);</li>
 * <li>ballots go to both nodes; one node is killed with {@code kill -9} in the middle of the vote, voting goes
 * on through the other, and every ballot either node acknowledged is in the round's export;</li>
 * <li>a {@code pg_dump} taken while the surviving node takes ballots, restored with {@code pg_restore} into a new
 * database, holds every ballot acknowledged before the dump began.</li>
 * </ul>
 */
public class TweeNodesIT {

    private static final String GM0222 = Stemronde.GM0222;
    private static final String AMBTENAAR = "ambtenaar-doetinchem";
    private static final String STEMGEHEIM = "etc/nl.samenspraak.stemgeheim.cfg";

    @Test
    public void twoNodesOnOneDatabaseNeverOverAllocateAndKeepEveryAcknowledgedBallot() throws Exception {
        PostgresServer server = PostgresServer.get();
        Map<String, String> database = server.datasource(server.database("tweenodes"));
        try (Distributie a = Distributie.uitpakken("node-a"); Distributie b = Distributie.uitpakken("node-b")) {
            a.database(database);
            b.database(database);
            // one voting-code key for every node, written before the first start (docs/postgresql.md): a node
            // generates its own only when it first needs one, too late to share
            byte[] sleutel = new byte[32];
            new SecureRandom().nextBytes(sleutel);
            for (Distributie node : List.of(a, b)) {
                node.zet(STEMGEHEIM, "sleutel", Base64.getEncoder().encodeToString(sleutel));
            }
            a.startDemo();
            b.startDemo();

            reserveringenOpTweeNodes(a, b);
            aangemeldOpDeEneNodeIsAangemeldOpDeAndere(a, b);
            stembrievenVanDeEneNodeKomenVanDeAndere(a, b);
            stemmenTerwijlEenNodeSneuvelt(a, b);
        }
    }

    private void reserveringenOpTweeNodes(Distributie a, Distributie b) throws Exception {
        String budget = Stemronde.id(a.post(GM0222 + "/budgetten", AMBTENAAR, "{\"naam\":\"Twee nodes\",\"regeling\":\"wijkbudget\","
                + "\"van\":\"2026-01-01\",\"tot\":\"2026-12-31\",\"plafond\":\"10000.00\"}"));
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> antwoorden = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Distributie node = i % 2 == 0 ? a : b;
            int n = i;
            antwoorden.add(pool.submit(() -> {
                start.await();
                return node.post(GM0222 + "/budgetten/" + budget + "/boekingen", AMBTENAAR, "{\"soort\":\"reservering\","
                        + "\"bedrag\":\"1000.00\",\"omschrijving\":\"Reservering " + n + "\"}").statusCode();
            }));
        }
        start.countDown();
        Map<Integer, Integer> perStatus = new TreeMap<>();
        for (Future<Integer> antwoord : antwoorden) {
            perStatus.merge(antwoord.get(120, TimeUnit.SECONDS), 1, Integer::sum);
        }
        pool.shutdownNow();
        assertEquals("exactly 10 of 40 reserveringen of 1,000 fit 10,000: " + perStatus, Integer.valueOf(10), perStatus.get(201));
        assertEquals("the other 30 are refused: " + perStatus, Integer.valueOf(30), perStatus.get(409));
        for (Distributie node : List.of(a, b)) {
            JsonNode figures = ApiClient.json(node.get(GM0222 + "/budgetten/" + budget, AMBTENAAR));
            assertEquals("10000.00", figures.get("gereserveerd").asText());
            assertEquals("0.00", figures.get("beschikbaar").asText());
            assertEquals(10, ApiClient.json(node.get(GM0222 + "/budgetten/" + budget + "/boekingen", AMBTENAAR)).get("boekingen").size());
        }
    }

    /** Pages' sessions live in the database: a load balancer needs no sticky sessions, and signing out ends them everywhere. */
    private void aangemeldOpDeEneNodeIsAangemeldOpDeAndere(Distributie a, Distributie b) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String mijnAanvragen = GM0222 + "/mijn-aanvragen";
        HttpResponse<String> formulier = http.send(HttpRequest.newBuilder(web(a, "/inloggen")).build(), BodyHandlers.ofString());
        String anoniem = sessiecookie(formulier);
        HttpResponse<String> aangemeld = http.send(HttpRequest.newBuilder(web(a, "/inloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", anoniem)
                .POST(BodyPublishers.ofString("csrf=" + csrf(formulier.body()) + "&gebruikersnaam=inwoner-doetinchem&wachtwoord="
                        + "demo&terug=" + URLEncoder.encode(mijnAanvragen, StandardCharsets.UTF_8)))
                .build(), BodyHandlers.ofString());
        assertEquals("signed in on node A: " + aangemeld.body(), 303, aangemeld.statusCode());
        String sessie = sessiecookie(aangemeld);

        HttpResponse<String> opB = http.send(HttpRequest.newBuilder(web(b, mijnAanvragen)).header("Cookie", sessie).build(),
                BodyHandlers.ofString());
        assertEquals("node B knows the session node A began", 200, opB.statusCode());
        assertTrue(opB.body(), opB.body().contains("inwoner-doetinchem"));

        http.send(HttpRequest.newBuilder(web(b, "/uitloggen")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", sessie).POST(BodyPublishers.ofString("csrf=" + csrf(opB.body()))).build(), BodyHandlers.ofString());
        HttpResponse<String> naAfmelden = http.send(HttpRequest.newBuilder(web(a, mijnAanvragen)).header("Cookie", sessie).build(),
                BodyHandlers.ofString());
        assertEquals("signed out on node B is signed out on node A", 303, naAfmelden.statusCode());
        assertTrue(naAfmelden.headers().firstValue("Location").orElse("").contains("/inloggen"));
    }

    /**
     * The PDF of the voting-code letters waits, sealed, in the database: the download may reach the other node, once,
     * in the session that issued the codes.
     */
    private void stembrievenVanDeEneNodeKomenVanDeAndere(Distributie a, Distributie b) {
        String pad = Stemronde.openen(a, b, "Brieven", 1).pad();
        String stempassen = GM0222 + "/werkplek/rondes/" + pad.substring(pad.lastIndexOf('/') + 1) + "/stempassen";
        Websessie opA = Websessie.aangemeld(a.port, AMBTENAAR);
        Stemronde.ok(opA.get(stempassen));
        HttpResponse<String> brieven = opA.postBestand(stempassen, "kiezers", "bewoners.csv",
                "kenmerk;naam;adres;postcode;woonplaats;geboortedatum;wijk\r\n"
                        + "brieven-1;A. Jansen;Dorpsstraat 1;7001 AA;Doetinchem;1980-03-31;WK022291\r\n");
        assertEquals("issued on node A: " + brieven.body() + a.logTail(), 200, brieven.statusCode());
        Matcher link = Pattern.compile("href=\"([^\"]*/stempassen/brieven/[^\"]+)\"").matcher(brieven.body());
        assertTrue("a link to the letters' PDF: " + brieven.body(), link.find());

        HttpResponse<String> pdf = opA.naar(b.port).get(link.group(1));
        assertEquals("node B hands out the letters node A issued: " + pdf.body() + b.logTail(), 200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.body().startsWith("%PDF-"));
        assertEquals("once", 410, opA.get(link.group(1)).statusCode());
    }

    private static URI web(Distributie node, String pad) {
        return URI.create("http://localhost:" + node.port + pad);
    }

    private static String sessiecookie(HttpResponse<String> antwoord) {
        return antwoord.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("samenspraak-sessie="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).reduce((eerste, laatste) -> laatste)
                .orElseThrow(() -> new AssertionError("no session cookie in " + antwoord.headers().map()));
    }

    private static String csrf(String html) {
        Matcher veld = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue("a form with its CSRF token", veld.find());
        return veld.group(1);
    }

    private void stemmenTerwijlEenNodeSneuvelt(Distributie a, Distributie b) throws Exception {
        Stemronde ronde = Stemronde.openen(a, b, "Twee nodes", 400);
        List<String> codes = ronde.codes();

        Set<String> bevestigd = ConcurrentHashMap.newKeySet();
        Map<String, Integer> statussen = new ConcurrentHashMap<>();
        AtomicInteger volgende = new AtomicInteger();
        AtomicBoolean bGesneuveld = new AtomicBoolean();
        CountDownLatch halverwege = new CountDownLatch(150);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> stemmers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int draad = t;
            stemmers.add(pool.submit(() -> {
                for (int i; (i = volgende.getAndIncrement()) < codes.size();) {
                    Distributie node = draad % 2 == 1 && !bGesneuveld.get() ? b : a;
                    try {
                        HttpResponse<String> antwoord = ronde.stem(node, i);
                        statussen.merge(antwoord.statusCode() + (antwoord.statusCode() == 201 ? ""
                                : " " + antwoord.body().replaceAll("\"instance\":\"[^\"]*\"", "")), 1, Integer::sum);
                        String ontvangstbewijs = Stemronde.ontvangstbewijs(antwoord);
                        if (ontvangstbewijs != null) {
                            bevestigd.add(ontvangstbewijs);
                        }
                    } catch (RuntimeException geenAntwoord) {
                        // the node died under this ballot: never acknowledged, so nothing is owed
                        Throwable oorzaak = geenAntwoord.getCause() != null ? geenAntwoord.getCause() : geenAntwoord;
                        statussen.merge("geen antwoord van " + (node == b ? "B" : "A") + ": " + oorzaak.getClass().getSimpleName(),
                                1, Integer::sum);
                    }
                    halverwege.countDown();
                }
                return null;
            }));
        }
        assertTrue("150 ballots sent", halverwege.await(300, TimeUnit.SECONDS));
        // the voters leave node B the moment it dies, as a load balancer's health check would take it out; only the
        // ballots in flight on B go unanswered (waiting for kill9 to confirm first let voters burn codes on refusals)
        bGesneuveld.set(true);
        b.kill9();
        // a backup while node A takes ballots: it holds every ballot acknowledged before it began
        Set<String> voorDeBackup = Set.copyOf(bevestigd);
        PostgresServer server = PostgresServer.get();
        Path dump = server.bestand("tweenodes.dump");
        server.client(List.of("pg_dump", "-Fc", "-f", dump.toString(), "tweenodes"), 300);
        for (Future<?> stemmer : stemmers) {
            stemmer.get(300, TimeUnit.SECONDS);
        }
        pool.shutdownNow();
        String hersteld = server.database("tweenodes_hersteld");
        server.client(List.of("pg_restore", "--no-owner", "-d", hersteld, dump.toString()), 300);
        Set<String> inDeBackup = Set.copyOf(List.of(server.client(List.of("psql", "-At", "-c", "SELECT stemmer FROM stem", hersteld), 60)
                .split("\\s+")));
        List<String> nietInDeBackup = voorDeBackup.stream().filter(s -> !inDeBackup.contains(s)).toList();
        assertTrue("ballots acknowledged before the backup began but not restored: " + nietInDeBackup, nietInDeBackup.isEmpty());
        assertTrue("the backup has the ballots: " + inDeBackup.size(), inDeBackup.size() >= voorDeBackup.size());

        String export = ronde.export(a);
        List<String> ontbrekend = bevestigd.stream().filter(ontvangst -> !export.contains(ontvangst)).toList();
        assertTrue("acknowledged ballots missing after node B was killed: " + ontbrekend, ontbrekend.isEmpty());
        System.out.println("TweeNodesIT: " + bevestigd.size() + " ballots acknowledged; answers: " + statussen);
        assertTrue("most ballots were acknowledged: " + bevestigd.size() + ", answers: " + statussen, bevestigd.size() > 300);
    }
}
