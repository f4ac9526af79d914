import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The voting and crash part of bin/crash-ballots: votes with C concurrent clients on a round set up by
 * bin/wijkbudget-ronde, kills the Karaf JVM with SIGKILL while ballots are in flight, restarts it with
 * bin/start, and checks in the round's Pabulib export that every acknowledged ballot (201 with a receipt)
 * survived. Then every voter whose ballot got no answer tries again with the same code (a stored ballot is
 * refused with 409 "al gestemd", one that was lost with the process is accepted now), voting goes on with
 * fresh codes, and the export is checked again. Exit status 1 if an acknowledged ballot is missing.
 */
public class CrashBallots {

    enum Uitkomst { ONTVANGEN, GEWEIGERD, GEEN_ANTWOORD }

    /** One request: which ballot, in which phase, what came back, and when (ms since the start). */
    record Poging(int ballot, String fase, Uitkomst uitkomst, int status, String bewijs, String fout, long begin, long eind) {
    }

    private static final Pattern BEWIJS = Pattern.compile("\"ontvangstbewijs\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"([^\"]*)\"");
    private static final String AMBTENAAR = "Basic " + Base64.getEncoder().encodeToString("ambtenaar-doetinchem:demo".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .build();
    private final long t0 = System.nanoTime();
    private final Path home;
    private final String api;
    private final String stemmen;
    private final String pabulib;
    private final String ronde;
    private final List<String> ballots;
    private final List<Poging> pogingen = new ArrayList<>();

    CrashBallots(Path home, String basis, Path rondeDir) throws IOException {
        this.home = home;
        this.api = basis.replaceAll("/+$", "") + "/api/v1";
        Map<String, String> r = new HashMap<>();
        for (String regel : Files.readAllLines(rondeDir.resolve("ronde.txt"))) {
            int is = regel.indexOf('=');
            r.put(regel.substring(0, is), regel.substring(is + 1));
        }
        this.ronde = r.get("ronde");
        this.stemmen = r.get("stemmen");
        this.pabulib = r.get("pabulib");
        this.ballots = Files.readAllLines(rondeDir.resolve("ballots.txt"));
    }

    public static void main(String[] args) throws Exception {
        Path home = null;
        Path rondeDir = null;
        String basis = null;
        int clients = 32;
        double duur = 20;
        Double killNa = null;
        Double naHerstart = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(args[++i]);
                case "--ronde" -> rondeDir = Path.of(args[++i]);
                case "--url" -> basis = args[++i];
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--duur" -> duur = Double.parseDouble(args[++i]);
                case "--kill-na" -> killNa = Double.parseDouble(args[++i]);
                case "--na-herstart" -> naHerstart = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        double kill = killNa != null ? killNa : duur / 2;
        double daarna = naHerstart != null ? naHerstart : Math.max(5, duur - kill);
        CrashBallots c = new CrashBallots(home, basis, rondeDir);
        int status = c.run(clients, kill, daarna, rondeDir.resolve("pogingen.tsv"));
        System.exit(status);
    }

    private int run(int clients, double killNa, double naHerstart, Path log) throws Exception {
        ProcessHandle karaf = karaf();
        System.out.printf("Karaf JVM pid %d; %,d ballots ready; %d clients; SIGKILL after %.1f s of voting%n", karaf.pid(), ballots.size(),
                clients, killNa);

        // 1. Vote until the kill; kill while requests are in flight.
        AtomicInteger volgende = new AtomicInteger();
        Stemmers voor = new Stemmers("voor", clients, volgende, ballots.size());
        Thread.sleep((long) (killNa * 1000));
        long killOp = nu();
        karaf.destroyForcibly(); // SIGKILL
        voor.stop();
        karaf.onExit().get(30, TimeUnit.SECONDS);
        long dood = nu();
        voor.wacht();
        pogingen.addAll(voor.pogingen);
        List<Poging> fase1 = voor.pogingen;
        long inVlucht = fase1.stream().filter(p -> p.uitkomst == Uitkomst.GEEN_ANTWOORD && p.begin < killOp).count();
        System.out.printf("SIGKILL at %.1f s (JVM gone %d ms later); before the kill: %s%n", killOp / 1000.0, dood - killOp, samenvatting(fase1));
        System.out.printf("  voting rate before the kill: %.0f ballots/s acknowledged; %d requests were in flight at the kill%n",
                fase1.stream().filter(p -> p.uitkomst == Uitkomst.ONTVANGEN).count() / (killOp / 1000.0), inVlucht);
        ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("-Dkaraf.base=" + home))
                .forEach(p -> System.out.printf("  still running after the kill: pid %d %s%n", p.pid(), p.info().command().orElse("?")));

        // 2. Restart and wait until the API, the demo users and the round answer.
        long logVanaf = Files.exists(karafLog()) ? Files.size(karafLog()) : 0;
        long start = nu();
        Process starter = new ProcessBuilder(home.resolve("bin/start").toString()).redirectErrorStream(true)
                .redirectOutput(home.resolve("restart.out").toFile()).start();
        starter.waitFor(60, TimeUnit.SECONDS);
        long gezond = wachtOp(() -> get(api + "/health", null) == 200, 300);
        long klaar = wachtOp(() -> get(api + "/gemeenten/GM0222/wijkbudgetten/" + ronde, null) == 200
                && get(pabulib, AMBTENAAR) == 200, 300);
        System.out.printf("Restart: bin/start -> /health 200 in %.1f s, -> round and export answer in %.1f s (%.1f s after the kill)%n",
                (gezond - start) / 1000.0, (klaar - start) / 1000.0, (klaar - killOp) / 1000.0);

        // 3. Every acknowledged ballot must be in the export.
        Set<String> ontvangen = bewijzen(pogingen);
        Set<String> export = kiezersInExport();
        Set<String> verloren = new HashSet<>(ontvangen);
        verloren.removeAll(export);
        Set<String> extra = new HashSet<>(export);
        extra.removeAll(ontvangen);
        System.out.printf("Check after the restart: %,d acknowledged, %,d in the export, acknowledged-but-lost %d, stored without an answer %d%n",
                ontvangen.size(), export.size(), verloren.size(), extra.size());

        // 4. The voters without an answer try again with the same code, then voting goes on with fresh codes.
        List<Integer> zonderAntwoord = fase1.stream().filter(p -> p.uitkomst == Uitkomst.GEEN_ANTWOORD).map(Poging::ballot).toList();
        List<Poging> opnieuw = new ArrayList<>();
        for (int b : zonderAntwoord) {
            opnieuw.add(stem(b, "opnieuw"));
        }
        pogingen.addAll(opnieuw);
        long alOpgeslagen = opnieuw.stream().filter(p -> p.status == 409 && p.fout.contains("al gestemd")).count();
        long nuOntvangen = opnieuw.stream().filter(p -> p.uitkomst == Uitkomst.ONTVANGEN).count();
        System.out.printf("Retry of the %d unanswered ballots with the same code: %d were already stored (409 al gestemd), %d accepted now, %d other%n",
                zonderAntwoord.size(), alOpgeslagen, nuOntvangen, zonderAntwoord.size() - alOpgeslagen - nuOntvangen);

        long hervat = nu();
        Stemmers na = new Stemmers("na", clients, volgende, ballots.size());
        Thread.sleep((long) (naHerstart * 1000));
        na.stop();
        na.wacht();
        pogingen.addAll(na.pogingen);
        double naSeconden = (nu() - hervat) / 1000.0;
        System.out.printf("After the restart: %s in %.1f s (%.0f ballots/s acknowledged)%n", samenvatting(na.pogingen), naSeconden,
                na.pogingen.stream().filter(p -> p.uitkomst == Uitkomst.ONTVANGEN).count() / naSeconden);
        if (volgende.get() >= ballots.size()) {
            System.out.println("  (all prepared ballots were used; issue more codes with --kiezers for a longer run)");
        }

        // 5. Check again: every receipt of the whole run, and nothing more than those plus the stored-without-answer.
        Set<String> alleOntvangen = bewijzen(pogingen);
        Set<String> eindExport = kiezersInExport();
        Set<String> eindVerloren = new HashSet<>(alleOntvangen);
        eindVerloren.removeAll(eindExport);
        long verwacht = alleOntvangen.size() + alOpgeslagen;
        System.out.printf("Final check: %,d acknowledged in the whole run, %,d in the export (expected %,d), acknowledged-but-lost %d%n",
                alleOntvangen.size(), eindExport.size(), verwacht, eindVerloren.size());

        schrijf(log);
        List<String> fouten = logNaHerstart(logVanaf);

        System.out.println();
        System.out.println("=== Durability of ballots ===");
        long verzonden = pogingen.stream().filter(p -> !p.fase.equals("opnieuw")).count();
        System.out.printf("ballots sent                 %,d (%,d before the kill, %,d after the restart) + %d retried%n", verzonden,
                fase1.size(), na.pogingen.size(), opnieuw.size());
        System.out.printf("acknowledged (201, receipt)  %,d (%,d before the kill, %,d after the restart, %d retries)%n", alleOntvangen.size(),
                fase1.stream().filter(p -> p.uitkomst == Uitkomst.ONTVANGEN).count(),
                na.pogingen.stream().filter(p -> p.uitkomst == Uitkomst.ONTVANGEN).count(), nuOntvangen);
        List<Poging> geweigerd = pogingen.stream().filter(p -> p.uitkomst == Uitkomst.GEWEIGERD && !p.fase.equals("opnieuw")).toList();
        System.out.printf("refused                      %,d %s%n", geweigerd.size(), perStatus(geweigerd));
        System.out.printf("unanswered                   %d (%d in flight at the kill, %d started after it)%n", zonderAntwoord.size(), inVlucht,
                zonderAntwoord.size() - inVlucht);
        System.out.printf("  stored nevertheless        %d (in the export but never acknowledged: %d; their retry answered 409 al gestemd: %d)%n",
                alOpgeslagen, extra.size(), alOpgeslagen);
        System.out.printf("  retried and accepted now   %d%n", nuOntvangen);
        System.out.printf("acknowledged-but-lost        %d after the restart, %d at the end%n", verloren.size(), eindVerloren.size());
        System.out.printf("time to restart              %.1f s from bin/start to /health, %.1f s to the round and export (%.1f s after the kill)%n",
                (gezond - start) / 1000.0, (klaar - start) / 1000.0, (klaar - killOp) / 1000.0);
        System.out.printf("karaf.log after the restart  %d ERROR line(s)%n", fouten.size());
        fouten.stream().limit(5).forEach(f -> System.out.println("  " + (f.length() > 240 ? f.substring(0, 240) + "..." : f)));
        System.out.println("per-request log: " + log);
        boolean goed = verloren.isEmpty() && eindVerloren.isEmpty() && eindExport.size() == verwacht && extra.size() == alOpgeslagen;
        if (!verloren.isEmpty() || !eindVerloren.isEmpty()) {
            System.out.println("FAIL: acknowledged ballots were lost: " + (verloren.isEmpty() ? eindVerloren : verloren));
        } else if (!goed) {
            System.out.println("FAIL: the export does not match the answers (see above)");
        } else {
            System.out.println("OK: every acknowledged ballot survived the SIGKILL");
        }
        return goed ? 0 : 1;
    }

    /** C clients that each take the next ballot until stopped or out of ballots. */
    private final class Stemmers {
        final List<Poging> pogingen = new ArrayList<>();
        private final ExecutorService pool;
        private volatile boolean stop;

        Stemmers(String fase, int clients, AtomicInteger volgende, int aantal) {
            pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    List<Poging> eigen = new ArrayList<>();
                    while (!stop) {
                        int b = volgende.getAndIncrement();
                        if (b >= aantal) {
                            break;
                        }
                        eigen.add(stem(b, fase));
                    }
                    synchronized (pogingen) {
                        pogingen.addAll(eigen);
                    }
                });
            }
            pool.shutdown();
        }

        void stop() {
            stop = true;
        }

        void wacht() throws InterruptedException {
            if (!pool.awaitTermination(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("clients did not finish");
            }
        }
    }

    private Poging stem(int b, String fase) {
        long begin = nu();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(stemmen)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(ballots.get(b))).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = BEWIJS.matcher(r.body());
            if (r.statusCode() == 201 && m.find()) {
                return new Poging(b, fase, Uitkomst.ONTVANGEN, 201, m.group(1), "", begin, nu());
            }
            Matcher d = DETAIL.matcher(r.body());
            return new Poging(b, fase, Uitkomst.GEWEIGERD, r.statusCode(), "", d.find() ? d.group(1) : r.body().replaceAll("\\s+", " "),
                    begin, nu());
        } catch (IOException e) {
            String wat = e instanceof ConnectException ? "connect: " : e instanceof HttpTimeoutException ? "timeout: " : "";
            return new Poging(b, fase, Uitkomst.GEEN_ANTWOORD, 0, "", wat + e.getClass().getSimpleName() + " " + e.getMessage(), begin, nu());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Poging(b, fase, Uitkomst.GEEN_ANTWOORD, 0, "", "interrupted", begin, nu());
        }
    }

    /** The voter ids of the VOTES section of the round's .pb export. */
    private Set<String> kiezersInExport() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(pabulib)).header("Authorization", AMBTENAAR)
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + pabulib + " -> " + r.statusCode() + ": " + r.body());
        }
        Set<String> kiezers = new HashSet<>();
        boolean stemmenSectie = false;
        boolean kop = false;
        for (String regel : r.body().split("\r?\n")) {
            if (regel.strip().equals("VOTES")) {
                stemmenSectie = true;
                kop = true;
            } else if (stemmenSectie && kop) {
                kop = false; // voter_id;vote;...
            } else if (stemmenSectie && !regel.isBlank()) {
                if (!kiezers.add(regel.substring(0, regel.indexOf(';')))) {
                    System.out.println("  duplicate voter in the export: " + regel);
                }
            }
        }
        return kiezers;
    }

    private static Set<String> bewijzen(List<Poging> pogingen) {
        Set<String> s = new HashSet<>();
        pogingen.stream().filter(p -> p.uitkomst == Uitkomst.ONTVANGEN).forEach(p -> s.add(p.bewijs));
        return s;
    }

    private static String samenvatting(List<Poging> pogingen) {
        Map<Uitkomst, Long> n = new LinkedHashMap<>();
        for (Uitkomst u : Uitkomst.values()) {
            n.put(u, pogingen.stream().filter(p -> p.uitkomst == u).count());
        }
        return String.format("%,d sent, %,d acknowledged, %,d refused, %,d unanswered", pogingen.size(), n.get(Uitkomst.ONTVANGEN),
                n.get(Uitkomst.GEWEIGERD), n.get(Uitkomst.GEEN_ANTWOORD));
    }

    private static String perStatus(List<Poging> geweigerd) {
        if (geweigerd.isEmpty()) {
            return "";
        }
        Map<String, Integer> n = new TreeMap<>();
        geweigerd.forEach(p -> n.merge(p.status + " " + p.fout, 1, Integer::sum));
        return n.toString();
    }

    private ProcessHandle karaf() throws IOException {
        Path pidFile = home.resolve("karaf.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            var p = ProcessHandle.of(pid).filter(h -> h.info().commandLine().orElse("").contains("-Dkaraf.base=" + home));
            if (p.isPresent()) {
                return p.get();
            }
        }
        return ProcessHandle.allProcesses().filter(h -> h.info().commandLine().orElse("").contains("-Dkaraf.base=" + home)
                && h.info().commandLine().orElse("").contains("org.apache.karaf.main.Main")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Karaf JVM running from " + home));
    }

    private Path karafLog() {
        return home.resolve("data/log/karaf.log");
    }

    /**
     * What Karaf logged after the restart: the ERROR lines, returned, and the WARN and ERROR entries grouped by
     * message (the next line when the message is on its own line, as with EclipseLink's exceptions), printed.
     */
    private List<String> logNaHerstart(long vanaf) throws IOException {
        List<String> fouten = new ArrayList<>();
        if (!Files.exists(karafLog())) {
            return fouten;
        }
        Map<String, Integer> meldingen = new TreeMap<>();
        try (RandomAccessFile f = new RandomAccessFile(karafLog().toFile(), "r")) {
            long lengte = f.length();
            long van = vanaf <= lengte ? vanaf : 0; // rotated
            byte[] inhoud = new byte[(int) (lengte - van)];
            f.seek(van);
            f.readFully(inhoud);
            String[] regels = new String(inhoud, StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < regels.length; i++) {
                String regel = regels[i];
                String niveau = regel.contains("| ERROR |") ? "ERROR" : regel.contains("| WARN  |") ? "WARN" : null;
                if (niveau == null) {
                    continue;
                }
                if (niveau.equals("ERROR")) {
                    fouten.add(regel);
                }
                String bericht = regel.substring(regel.lastIndexOf("| ") + 2).strip();
                if (bericht.isEmpty() && i + 1 < regels.length) {
                    bericht = regels[i + 1].strip();
                    if (bericht.endsWith(":") && i + 2 < regels.length) {
                        bericht = bericht + " " + regels[i + 2].strip();
                    }
                }
                bericht = bericht.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>")
                        .replaceAll("'SQL[0-9]+'", "'SQL...'");
                meldingen.merge(niveau + " " + (bericht.length() > 200 ? bericht.substring(0, 200) + "..." : bericht), 1, Integer::sum);
            }
        }
        System.out.printf("karaf.log after the restart: %d WARN/ERROR entries%n", meldingen.values().stream().mapToInt(x -> x).sum());
        meldingen.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf("  %4d x %s%n", e.getValue(), e.getKey()));
        return fouten;
    }

    private void schrijf(Path log) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(log))) {
            w.println("ballot\tphase\toutcome\tstatus\treceipt\terror\tstart_ms\tend_ms");
            for (Poging p : pogingen) {
                w.println(p.ballot + "\t" + p.fase + "\t" + p.uitkomst + "\t" + p.status + "\t" + p.bewijs + "\t" + p.fout.replace('\t', ' ')
                        + "\t" + p.begin + "\t" + p.eind);
            }
        }
    }

    interface Voorwaarde {
        boolean geldt() throws Exception;
    }

    private long wachtOp(Voorwaarde v, int seconden) throws InterruptedException {
        long tot = nu() + seconden * 1000L;
        while (nu() < tot) {
            try {
                if (v.geldt()) {
                    return nu();
                }
            } catch (Exception e) {
                // not yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Karaf did not come back within " + seconden + " s; see " + karafLog());
    }

    private int get(String url, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private long nu() {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
