import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Sets up a wijkbudget round that is open for voting, for load and durability tests; see bin/wijkbudget-ronde.
 * Needs a running distribution with the demo gemeenten (bin/start-demo). JDK only.
 */
public class WijkbudgetRonde {

    private static final String GEMEENTE = "GM0222";
    private static final String WIJK = "WK022291";
    private static final String AMBTENAAR = "ambtenaar-doetinchem";
    private static final String INWONER = "inwoner-doetinchem";
    private static final String WACHTWOORD = "demo";
    private static final String BEDRAG = "50000.00";
    /** Plan costs in euros: together well over the budget, so a ballot within the budget is a real choice. */
    private static final int[] KOSTEN = { 22000, 18500, 15000, 12000, 9500, 7500, 5000, 3000, 26000, 14000, 8000, 4000 };

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String api;

    private WijkbudgetRonde(String basis) {
        this.api = basis.replaceAll("/+$", "") + "/api/v1/gemeenten/" + GEMEENTE;
    }

    public static void main(String[] args) throws Exception {
        String basis = envOf("SAMENSPRAAK_URL", "http://localhost:8181");
        Path uit = Path.of(envOf("RONDE_UIT", "ronde"));
        int plannen = 8;
        int kiezers = 20_000;
        int batch = 1_000;
        long zaad = 2026;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-u", "--url" -> basis = args[++i];
                case "-o", "--uit" -> uit = Path.of(args[++i]);
                case "-k", "--plannen" -> plannen = Integer.parseInt(args[++i]);
                case "-n", "--kiezers" -> kiezers = Integer.parseInt(args[++i]);
                case "-b", "--batch" -> batch = Integer.parseInt(args[++i]);
                case "-s", "--zaad" -> zaad = Long.parseLong(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("""
                            Usage: bin/wijkbudget-ronde [-u URL] [-o DIR] [-k PLANS] [-n VOTERS] [-b BATCH] [-s SEED]
                              -u, --url      base URL of a running distribution with the demo (default $SAMENSPRAAK_URL or http://localhost:8181)
                              -o, --uit      output directory (default $RONDE_UIT or ./ronde)
                              -k, --plannen  number of plans on the ballot, 1-12 (default 8)
                              -n, --kiezers  number of voting codes to issue (default 20000)
                              -b, --batch    voters per POST .../stempassen (default 1000)
                              -s, --zaad     seed of the ballots' random choices (default 2026)
                            Writes codes.txt, plannen.txt, ronde.txt and ballots.txt (one JSON body per line, for the
                            code on the same line of codes.txt) to the output directory.""");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + a + " (see --help)");
            }
        }
        if (plannen < 1 || plannen > KOSTEN.length) {
            throw new IllegalArgumentException("--plannen must be 1-" + KOSTEN.length);
        }
        new WijkbudgetRonde(basis).run(uit, plannen, kiezers, batch, zaad);
    }

    private void run(Path uit, int aantalPlannen, int aantalKiezers, int batch, long zaad) throws Exception {
        Files.createDirectories(uit);
        int jaar = LocalDate.now().getYear();
        String budget = (String) ((Map<?, ?>) call("POST", "/budgetten", AMBTENAAR, 201,
                "{\"naam\":\"Wijkbudget De Huet (test)\",\"wijk\":\"" + WIJK + "\",\"regeling\":\"wijkbudget\",\"van\":\"" + jaar
                        + "-01-01\",\"tot\":\"" + (jaar + 1) + "-12-31\",\"plafond\":\"" + BEDRAG + "\"}")).get("id");
        Map<?, ?> ronde = (Map<?, ?>) call("POST", "/wijkbudgetten", AMBTENAAR, 201, "{\"titel\":\"Wijkbudget De Huet (test)\",\"wijk\":\""
                + WIJK + "\",\"bedrag\":\"" + BEDRAG + "\",\"budgetId\":\"" + budget + "\",\"proces\":\"stemming-mes\"}");
        String id = (String) ronde.get("id");
        String pad = "/wijkbudgetten/" + id;
        Map<?, ?> opzet = (Map<?, ?>) ronde.get("opzet");
        System.out.printf("Round %s (process %s, ballot %s, max %s) on budget %s%n", id, ronde.get("proces"), opzet.get("stembiljet"),
                opzet.get("stembiljetMaximum"), budget);

        Map<String, Integer> plannen = new LinkedHashMap<>();
        for (int i = 0; i < aantalPlannen; i++) {
            Map<?, ?> plan = (Map<?, ?>) call("POST", pad + "/plannen", INWONER, 201, "{\"titel\":\"Plan " + (char) ('A' + i)
                    + "\",\"omschrijving\":\"Testplan voor de wijk\",\"geschatteKosten\":\"" + KOSTEN[i] + ".00\"}");
            plannen.put((String) plan.get("id"), KOSTEN[i]);
        }
        int steun = ((Number) opzet.get("ondersteunersPerPlan")).intValue();
        if (steun > 0) {
            throw new IllegalStateException("this round needs " + steun + " supporters per plan; the demo has only one resident per gemeente");
        }
        if (Boolean.TRUE.equals(opzet.get("haalbaarheidstoets"))) {
            call("POST", pad + "/fase", AMBTENAAR, 200, "{\"fase\":\"haalbaarheidstoets\"}");
            for (String plan : plannen.keySet()) {
                call("POST", pad + "/plannen/" + plan + "/haalbaarheid", AMBTENAAR, 200, "{\"haalbaar\":true,\"toelichting\":\"Uitvoerbaar\"}");
            }
        }

        List<String> codes = new ArrayList<>(aantalKiezers);
        long begin = System.nanoTime();
        for (int van = 0; van < aantalKiezers; van += batch) {
            int tot = Math.min(aantalKiezers, van + batch);
            StringBuilder body = new StringBuilder("{\"kiezers\":[");
            for (int i = van; i < tot; i++) {
                body.append(i > van ? "," : "").append("{\"kenmerk\":\"bewoner-").append(i)
                        .append("\",\"geboortedatum\":\"1980-01-01\",\"wijk\":\"").append(WIJK).append("\"}");
            }
            Map<?, ?> passen = (Map<?, ?>) call("POST", pad + "/stempassen", AMBTENAAR, 200, body.append("]}").toString());
            Map<?, ?> uitgegeven = (Map<?, ?>) passen.get("uitgegeven");
            if (uitgegeven.size() != tot - van) {
                throw new IllegalStateException("issued " + uitgegeven.size() + " of " + (tot - van) + ": " + passen.get("geweigerd"));
            }
            for (int i = van; i < tot; i++) {
                codes.add((String) uitgegeven.get("bewoner-" + i));
            }
        }
        double seconden = (System.nanoTime() - begin) / 1e9;
        System.out.printf("Issued %,d voting codes in %.1f s (%,.0f/s, batches of %,d)%n", codes.size(), seconden, codes.size() / seconden, batch);

        call("POST", pad + "/fase", AMBTENAAR, 200, "{\"fase\":\"stemmen\"}");

        String wijze = (String) opzet.get("stembiljet");
        int maximum = ((Number) opzet.get("stembiljetMaximum")).intValue();
        int budgetEuro = Integer.parseInt(BEDRAG.substring(0, BEDRAG.indexOf('.')));
        List<String> ids = new ArrayList<>(plannen.keySet());
        Random random = new Random(zaad);
        try (PrintWriter c = writer(uit.resolve("codes.txt")); PrintWriter b = writer(uit.resolve("ballots.txt"))) {
            for (String code : codes) {
                c.println(code);
                b.println(ballot(code, wijze, maximum, budgetEuro, ids, plannen, random));
            }
        }
        Files.write(uit.resolve("plannen.txt"), ids.stream().map(p -> p + "\t" + plannen.get(p) + ".00").toList());
        String template = wijze.equals("punten_verdelen") ? "{\"stemcode\":\"%s\",\"punten\":{\"<plan>\":<punten>,...}}"
                : "{\"stemcode\":\"%s\",\"plannen\":[\"<plan>\",...]}";
        Files.write(uit.resolve("ronde.txt"), List.of("ronde=" + id, "gemeente=" + GEMEENTE, "wijk=" + WIJK, "budget=" + budget,
                "bedrag=" + BEDRAG, "stembiljet=" + wijze, "maximum=" + maximum, "kiezers=" + codes.size(),
                "stemmen=" + api + pad + "/stemmen", "pabulib=" + api + pad + "/pabulib", "template=" + template));
        System.out.printf("Voting is open: POST %s%s/stemmen; wrote codes.txt, plannen.txt, ronde.txt, ballots.txt to %s%n", api, pad,
                uit.toAbsolutePath());
    }

    /** A random valid ballot: plans in random order, each taken while it fits (budget, maximum). */
    private static String ballot(String code, String wijze, int maximum, int budget, List<String> ids, Map<String, Integer> kosten,
            Random random) {
        List<String> volgorde = new ArrayList<>(ids);
        Collections.shuffle(volgorde, random);
        StringBuilder b = new StringBuilder("{\"stemcode\":\"").append(code).append('"');
        if (wijze.equals("punten_verdelen")) {
            int over = maximum;
            b.append(",\"punten\":{");
            for (int i = 0; i < volgorde.size() && over > 0; i++) {
                int p = i == volgorde.size() - 1 ? over : 1 + random.nextInt(over);
                b.append(i > 0 ? "," : "").append('"').append(volgorde.get(i)).append("\":").append(p);
                over -= p;
            }
            return b.append("}}").toString();
        }
        int wens = 1 + random.nextInt(ids.size());
        if (wijze.equals("goedkeuring_max_plannen")) {
            wens = Math.min(wens, maximum);
        }
        List<String> gekozen = new ArrayList<>();
        int totaal = 0;
        for (String plan : volgorde) {
            if (gekozen.size() == wens) {
                break;
            }
            boolean past = !wijze.equals("goedkeuring_binnen_budget") || totaal + kosten.get(plan) <= budget;
            if (past) {
                gekozen.add(plan);
                totaal += kosten.get(plan);
            }
        }
        b.append(",\"plannen\":[");
        for (int i = 0; i < gekozen.size(); i++) {
            b.append(i > 0 ? "," : "").append('"').append(gekozen.get(i)).append('"');
        }
        return b.append("]}").toString();
    }

    private Object call(String method, String pad, String gebruiker, int verwacht, String body) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(api + pad)).timeout(Duration.ofMinutes(5))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (gebruiker != null) {
            r.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + WACHTWOORD)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> antwoord = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() != verwacht) {
            throw new IllegalStateException(method + " " + api + pad + " -> " + antwoord.statusCode() + " (expected " + verwacht + "): "
                    + antwoord.body());
        }
        return new Json(antwoord.body()).waarde();
    }

    private static PrintWriter writer(Path bestand) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(bestand, StandardCharsets.UTF_8));
    }

    private static String envOf(String naam, String standaard) {
        String waarde = System.getenv(naam);
        return waarde == null || waarde.isBlank() ? standaard : waarde;
    }

    /** Just enough JSON: objects, arrays, strings, numbers, true/false/null. */
    private static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object waarde() {
            spaties();
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    i++;
                    spaties();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        spaties();
                        String k = tekst();
                        spaties();
                        i++; // :
                        m.put(k, waarde());
                        spaties();
                        if (s.charAt(i++) == '}') {
                            return m;
                        }
                    }
                }
                case '[' -> {
                    List<Object> l = new ArrayList<>();
                    i++;
                    spaties();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(waarde());
                        spaties();
                        if (s.charAt(i++) == ']') {
                            return l;
                        }
                    }
                }
                case '"' -> {
                    return tekst();
                }
                default -> {
                    int begin = i;
                    while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                        i++;
                    }
                    String w = s.substring(begin, i);
                    return switch (w) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        case "null" -> null;
                        default -> w.contains(".") || w.contains("e") || w.contains("E") ? (Number) Double.parseDouble(w)
                                : (Number) Long.parseLong(w);
                    };
                }
            }
        }

        private String tekst() {
            StringBuilder b = new StringBuilder();
            i++; // "
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private void spaties() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
