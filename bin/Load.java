import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load driver for the Samenspraak API: C concurrent clients (HTTP/1.1, keep-alive) send one request after
 * another for N requests or D seconds, after a warm-up, and it prints requests/s, p50/p90/p99/max latency
 * and errors by status. A baseline (by default the unauthenticated {@code GET /api/v1/health}) is measured in
 * the same run, at the same concurrency and for as long, and the target figures and the measured ones are
 * printed as ratios to it. Dependency-free, for Java 17: {@code java bin/Load.java --help}.
 */
public class Load {

    static final String HELP = """
            Usage: java bin/Load.java [options]        (or bin/load [options])

            Target request
              --url URL[,URL...]   base URL (default http://localhost:8181, or $SAMENSPRAAK_URL); with several
                       (nodes), client thread w sends to URL w mod n
              -X, --method M       HTTP method (default GET, or POST when a body is given)
              -p, --path PATH      path below the base URL (default /api/v1/health); {i} and {line} are
                                   substituted as in --body
              -H, --header 'N: V'  request header, repeatable
              -u, --user U:P       HTTP Basic credentials
              -d, --body TEXT      request body (Content-Type application/json unless -H sets one)
              --body-file FILE     request body read from FILE
                                   In path and body, {i} is the request number (0, 1, ... over warm-up and
                                   measurement together, never repeated) and {line} the i-th line of
                                   --lines: every request gets its own line, so a file of one-time voting
                                   codes is used once each. The run stops when the lines run out.
              --lines FILE         lines for {line} (blank lines are skipped)
              --expect CODES       statuses that count as success, e.g. 201 or 200,201 (default: any 2xx)

            Load
              -c, --clients LIST   concurrent clients, e.g. 64 or 1,16,64 (each count is a separate run)
              -t, --seconds S      measure for S seconds per run (default 10)
              -n, --requests N     measure N requests per run instead (the run ends when all are answered)
              -w, --warmup S       warm-up seconds before each measurement, not counted (default 3)
              --pairs K            measure baseline and target in turns K times per client count (default 1),
                                   each for -t seconds after -w; prints each pair, the runs pooled and the
                                   median of the pairs' req/s ratios
  --client-per-worker  with --java-http-client: one HttpClient per client thread (default: one shared)
  --java-http-client   send with the JDK's HttpClient (always for https). By default each client thread
                       keeps one plain HTTP/1.1 socket open: a few microseconds of CPU per request where
                       the JDK's client spends about half a millisecond, which on a small machine shared
                       with the server would make the driver the bottleneck
              --timeout S          request timeout in seconds (default 30)
              --server-pid PID     also print the CPU time that process (the server, on this machine) spent
                                   per request during each run, from /proc/PID/stat

            Baseline and targets
              --baseline SPEC      'METHOD PATH' measured before each run, same clients and time
                                   (default 'GET /api/v1/health'); 'none' skips it
              --target-rps R       target requests/s (default 2000)
              --target-p99 MS      target p99 latency in ms (default 50)
              --name NAME          label of the target request in the output
              -q, --quiet          no per-status error samples

            Example: the planned voting endpoint with one code per request from codes.txt
              java bin/Load.java -c 1,16,64 -t 20 --lines codes.txt --expect 201 \\
                -X POST -p /api/v1/gemeenten/GM0222/wijkbudgetten/$ID/stemmen \\
                -d '{"stemcode":"{line}","plannen":["'$PLAN'"]}'
            """;

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage() + " (see --help)");
            System.exit(2);
            return;
        }
        if (o == null) {
            System.out.print(HELP);
            return;
        }
        Spec target = o.target();
        Spec baseline = o.baseline();
        AtomicLong counter = new AtomicLong();
        System.out.printf(Locale.ROOT, "# %s %s%s  (%s per run)%n", target.method, o.url, target.path,
                o.requests > 0 ? o.requests + " requests" : o.seconds + " s");
        System.out.printf(Locale.ROOT, "# warm-up %d s; targets: %,.0f req/s, p99 < %.0f ms; %s%n",
                o.warmup, o.targetRps, o.targetP99, o.sockets() ? "one kept-alive socket per client"
                        : o.clientPerWorker ? "java.net.http, one HttpClient per client" : "java.net.http, one shared HttpClient");
        List<String[]> summary = new ArrayList<>();
        boolean allOk = true;
        for (int clients : o.clients) {
            List<Result> bases = new ArrayList<>();
            List<Result> results = new ArrayList<>();
            for (int pair = 0; pair < o.pairs; pair++) {
                Result pairBase = null;
                if (baseline != null) {
                    pairBase = run(o, baseline, clients, new AtomicLong(), "baseline");
                    print(pairBase, null, o);
                    bases.add(pairBase);
                }
                Result pairResult = run(o, target, clients, counter, o.name);
                print(pairResult, pairBase, o);
                results.add(pairResult);
                if (pairResult.exhausted) {
                    break;
                }
            }
            Result base = bases.isEmpty() ? null : Result.pooled(bases);
            Result result = Result.pooled(results);
            if (results.size() > 1) {
                print(result, base, o);
                if (base != null) {
                    printMedianRatio(bases, results);
                }
            }
            if (base != null) {
                System.out.printf(Locale.ROOT,
                        "  targets as ratios to the baseline: %,.0f req/s = %.2f x baseline; p99 %.0f ms = %.2f x baseline p99%n",
                        o.targetRps, o.targetRps / base.rps(), o.targetP99, o.targetP99 / ms(base.percentile(99)));
            }
            boolean ok = result.rps() >= o.targetRps && ms(result.percentile(99)) < o.targetP99 && result.errors() == 0;
            System.out.printf(Locale.ROOT, "  target %s at %d clients%n", ok ? "MET" : "NOT met", clients);
            allOk &= ok;
            summary.add(new String[] { Integer.toString(clients), base == null ? "" : fmt(base), fmt(result) });
            if (result.exhausted) {
                System.out.println("# the lines of --lines ran out: later runs were skipped");
                break;
            }
        }
        System.out.println();
        System.out.println("clients | baseline req/s p50 p99 (ms) | " + o.name + " req/s p50 p99 (ms)");
        for (String[] row : summary) {
            System.out.println(String.join(" | ", row));
        }
        System.exit(allOk ? 0 : 1);
    }

    static String fmt(Result r) {
        return String.format(Locale.ROOT, "%,.0f %.1f %.1f%s", r.rps(), ms(r.percentile(50)), ms(r.percentile(99)),
                r.errors() > 0 ? " (" + r.errors() + " errors)" : "");
    }

    /**
     * With --pairs: the median of the pairs' throughput ratios. A pair's baseline and target run seconds apart,
     * so a machine that slows down for a while (another process, the JIT, a GC) hurts both sides of a pair and
     * the median of several pairs varies less from run to run than one long pair's ratio.
     */
    static void printMedianRatio(List<Result> bases, List<Result> results) {
        double[] ratios = new double[results.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = results.get(i).rps() / bases.get(i).rps();
        }
        Arrays.sort(ratios);
        double median = ratios.length % 2 == 1 ? ratios[ratios.length / 2]
                : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
        System.out.printf(Locale.ROOT, "  median req/s ratio of %d pairs: %.3f x (min %.3f, max %.3f)%n", ratios.length,
                median, ratios[0], ratios[ratios.length - 1]);
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** One request shape: method, path and body, possibly templates; headers fixed. */
    record Spec(String method, String path, String[] headers, String body, List<String> lines, int[] expect) {

        /** Success is one of --expect for the target, any 2xx for the baseline. */
        boolean success(int status) {
            if (expect == null) {
                return status >= 200 && status < 300;
            }
            for (int e : expect) {
                if (e == status) {
                    return true;
                }
            }
            return false;
        }

        boolean templated() {
            return path.contains("{i}") || path.contains("{line}")
                    || body != null && (body.contains("{i}") || body.contains("{line}"));
        }

        /** Whether request number i has no line of --lines left. */
        boolean exhausted(long i) {
            return lines != null && i >= lines.size();
        }

        /** The path of request number i, {i} and {line} substituted. */
        String path(long i) {
            return substitute(path, i, line(i));
        }

        /** The body of request number i, {i} and {line} substituted, or null without a body. */
        String body(long i) {
            return body == null ? null : substitute(body, i, line(i));
        }

        private String line(long i) {
            return lines == null ? null : lines.get((int) i);
        }

        /** The request for request number i, or null when the lines ran out. */
        HttpRequest request(String base, long i, Duration timeout, HttpRequest fixed) {
            if (fixed != null) {
                return fixed;
            }
            if (exhausted(i)) {
                return null;
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path(i))).timeout(timeout);
            if (headers.length > 0) {
                b.headers(headers);
            }
            String tekst = body(i);
            b.method(method, tekst == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(tekst, StandardCharsets.UTF_8));
            return b.build();
        }

        static String substitute(String template, long i, String line) {
            String s = template.replace("{i}", Long.toString(i));
            if (line != null) {
                s = s.replace("{line}", line);
            }
            return s;
        }
    }

    static final class Result {
        final String name;
        final int clients;
        final long[] latencies;
        final long elapsedNanos;
        final Map<String, Long> failures;
        final Map<String, String> samples;
        final double cpuSeconds;
        /** CPU of --server-pid during the run; NaN without it. */
        final double serverCpuSeconds;
        final boolean exhausted;

        Result(String name, int clients, long[] latencies, long elapsedNanos, Map<String, Long> failures,
                Map<String, String> samples, double cpuSeconds, double serverCpuSeconds, boolean exhausted) {
            this.name = name;
            this.clients = clients;
            this.latencies = latencies;
            this.elapsedNanos = elapsedNanos;
            this.failures = failures;
            this.samples = samples;
            this.cpuSeconds = cpuSeconds;
            this.serverCpuSeconds = serverCpuSeconds;
            this.exhausted = exhausted;
        }

        /** The runs of one request shape taken together: their requests over their summed measuring time. */
        static Result pooled(List<Result> runs) {
            if (runs.size() == 1) {
                return runs.get(0);
            }
            long[] all = runs.stream().flatMapToLong(r -> Arrays.stream(r.latencies)).sorted().toArray();
            Map<String, Long> failures = new TreeMap<>();
            Map<String, String> samples = new TreeMap<>();
            for (Result r : runs) {
                r.failures.forEach((status, n) -> failures.merge(status, n, Long::sum));
                r.samples.forEach(samples::putIfAbsent);
            }
            Result first = runs.get(0);
            long elapsed = runs.stream().mapToLong(r -> r.elapsedNanos).sum();
            double cpu = runs.stream().mapToDouble(r -> r.cpuSeconds).sum();
            double serverCpu = runs.stream().mapToDouble(r -> r.serverCpuSeconds).sum();
            return new Result(first.name + " all", first.clients, all, elapsed, failures, samples, cpu, serverCpu,
                    runs.get(runs.size() - 1).exhausted);
        }

        long count() {
            return latencies.length;
        }

        /** Microseconds of CPU per request. */
        double perRequest(double seconds) {
            return count() == 0 ? 0 : seconds * 1e6 / count();
        }

        long errors() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }

        double rps() {
            return latencies.length / (elapsedNanos / 1e9);
        }

        long percentile(double p) {
            if (latencies.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, index))];
        }
    }

    static void print(Result r, Result base, Options o) {
        String server = Double.isNaN(r.serverCpuSeconds) ? ""
                : String.format(Locale.ROOT, "  server cpu %.0f us/req", r.perRequest(r.serverCpuSeconds));
        System.out.printf(Locale.ROOT,
                "%-10s c=%-3d %8.0f req/s  p50 %7.2f  p90 %7.2f  p99 %7.2f  max %8.2f ms  n=%d  errors=%d  driver cpu %.0f us/req%s%n",
                r.name, r.clients, r.rps(), ms(r.percentile(50)), ms(r.percentile(90)), ms(r.percentile(99)),
                ms(r.percentile(100)), r.count(), r.errors(), r.perRequest(r.cpuSeconds), server);
        if (!r.failures.isEmpty()) {
            System.out.println("  errors by status: " + r.failures);
            if (!o.quiet) {
                r.samples.forEach((status, sample) -> System.out.println("    " + status + ": " + sample));
            }
        }
        if (base != null && base.count() > 0 && r.count() > 0) {
            String serverRatio = Double.isNaN(r.serverCpuSeconds) ? ""
                    : String.format(Locale.ROOT, ", server cpu per request %.2f x (baseline %.0f us)",
                            r.perRequest(r.serverCpuSeconds) / base.perRequest(base.serverCpuSeconds),
                            base.perRequest(base.serverCpuSeconds));
            System.out.printf(Locale.ROOT, "  as ratios to the baseline: req/s %.3f x, p50 %.2f x, p99 %.2f x%s%n",
                    r.rps() / base.rps(), (double) r.percentile(50) / Math.max(1, base.percentile(50)),
                    (double) r.percentile(99) / Math.max(1, base.percentile(99)), serverRatio);
        }
    }

    static Result run(Options o, Spec spec, int clients, AtomicLong counter, String name) throws InterruptedException {
        boolean sockets = o.sockets();
        HttpClient shared = sockets || o.clientPerWorker ? null : client();
        Duration timeout = Duration.ofSeconds(o.timeout);
        // several base URLs (nodes behind no load balancer): client thread w always asks node w mod n
        String[] urls = o.url.split(",");
        HttpRequest[] fixed = new HttpRequest[urls.length];
        for (int u = 0; u < urls.length && !spec.templated(); u++) {
            fixed[u] = spec.request(urls[u], 0, timeout, null);
        }
        // phase: 0 warm-up, 1 measuring, 2 stop
        AtomicLong phase = new AtomicLong(o.warmup > 0 ? 0 : 1);
        AtomicLong remaining = new AtomicLong(o.requests > 0 ? o.requests : Long.MAX_VALUE);
        LongAdder inFlightMeasured = new LongAdder();
        Map<String, Long> failures = new ConcurrentHashMap<>();
        Map<String, String> samples = new ConcurrentHashMap<>();
        long[][] perWorker = new long[clients][];
        int[] sizes = new int[clients];
        boolean[] exhausted = new boolean[1];
        CountDownLatch done = new CountDownLatch(clients);
        Thread[] workers = new Thread[clients];
        for (int w = 0; w < clients; w++) {
            int worker = w;
            String url = urls[w % urls.length];
            HttpRequest fixedHere = fixed[w % urls.length];
            workers[w] = new Thread(() -> {
                HttpClient http = sockets ? null : shared != null ? shared : client();
                Socketclient socket = sockets ? new Socketclient(URI.create(url), o.timeout * 1000) : null;
                long[] lat = new long[1 << 12];
                int n = 0;
                try {
                    while (true) {
                        long ph = phase.get();
                        if (ph == 2) {
                            break;
                        }
                        boolean measured = ph == 1;
                        if (measured && remaining.getAndDecrement() <= 0) {
                            break;
                        }
                        long nummer = spec.templated() ? counter.getAndIncrement() : 0;
                        HttpRequest request = sockets ? null : spec.request(url, nummer, timeout, fixedHere);
                        if (sockets ? spec.exhausted(nummer) : request == null) {
                            exhausted[0] = true;
                            break;
                        }
                        long start = System.nanoTime();
                        String failure = null;
                        String sample = null;
                        try {
                            if (sockets) {
                                Socketclient.Reply reply = socket.send(spec, nummer);
                                if (!spec.success(reply.status())) {
                                    failure = Integer.toString(reply.status());
                                    sample = new String(reply.body(), StandardCharsets.UTF_8);
                                }
                            } else {
                                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                                int status = response.statusCode();
                                if (!spec.success(status)) {
                                    failure = Integer.toString(status);
                                    sample = response.body();
                                }
                            }
                        } catch (IOException e) {
                            failure = e.getClass().getSimpleName();
                            sample = String.valueOf(e.getMessage());
                        }
                        long took = System.nanoTime() - start;
                        // a request counts when it was started in the measurement phase
                        if (measured) {
                            if (n == lat.length) {
                                lat = Arrays.copyOf(lat, n * 2);
                            }
                            lat[n++] = took;
                            if (failure != null) {
                                failures.merge(failure, 1L, Long::sum);
                                String s = sample;
                                samples.computeIfAbsent(failure, k -> s.length() > 300 ? s.substring(0, 300) + "..." : s);
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    if (socket != null) {
                        socket.close();
                    }
                    perWorker[worker] = lat;
                    sizes[worker] = n;
                    done.countDown();
                }
            }, "load-" + w);
            workers[w].setDaemon(true);
        }
        for (Thread t : workers) {
            t.start();
        }
        if (o.warmup > 0) {
            if (done.await(o.warmup, java.util.concurrent.TimeUnit.SECONDS)) {
                // every worker ended during the warm-up (lines ran out)
            }
        }
        double cpuBefore = cpuSeconds();
        double serverCpuBefore = serverCpuSeconds(o.serverPid);
        long start = System.nanoTime();
        phase.set(1);
        if (o.requests > 0) {
            done.await();
        } else {
            done.await(o.seconds, java.util.concurrent.TimeUnit.SECONDS);
            phase.set(2);
            done.await();
        }
        long elapsed = System.nanoTime() - start;
        double cpu = cpuSeconds() - cpuBefore;
        double serverCpu = serverCpuSeconds(o.serverPid) - serverCpuBefore;
        int total = 0;
        for (int s : sizes) {
            total += s;
        }
        long[] all = new long[total];
        int at = 0;
        for (int w = 0; w < clients; w++) {
            System.arraycopy(perWorker[w], 0, all, at, sizes[w]);
            at += sizes[w];
        }
        Arrays.sort(all);
        return new Result(name, clients, all, elapsed, new TreeMap<>(failures), samples, cpu, serverCpu, exhausted[0]);
    }

    /**
     * HTTP/1.1 on one kept-alive socket: writes the request, reads the status line, the headers and a body of
     * Content-Length or chunked encoding. A request is sent again only when a reused connection turned out
     * closed before any byte of the answer came (the server's idle timeout), never after.
     */
    static final class Socketclient {
        record Reply(int status, byte[] body) {
        }

        private final String host;
        private final int port;
        private final int timeoutMillis;
        /** The part of the base URL after host and port, e.g. "" or "/prefix". */
        private final String basePath;
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private boolean reused;

        Socketclient(URI base, int timeoutMillis) {
            this.host = base.getHost();
            this.port = base.getPort() < 0 ? 80 : base.getPort();
            this.timeoutMillis = timeoutMillis;
            this.basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/$", "");
        }

        Reply send(Spec spec, long i) throws IOException {
            String tekst = spec.body(i);
            byte[] body = tekst == null ? null : tekst.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(256).append(spec.method).append(' ')
                    .append(basePath).append(spec.path(i)).append(" HTTP/1.1\r\nHost: ")
                    .append(host).append(':').append(port).append("\r\n");
            for (int h = 0; h < spec.headers.length; h += 2) {
                request.append(spec.headers[h]).append(": ").append(spec.headers[h + 1]).append("\r\n");
            }
            if (body != null) {
                request.append("Content-Length: ").append(body.length).append("\r\n");
            }
            byte[] head = request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
            while (true) {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress(host, port), timeoutMillis);
                    socket.setSoTimeout(timeoutMillis);
                    in = new BufferedInputStream(socket.getInputStream(), 16384);
                    out = new BufferedOutputStream(socket.getOutputStream(), 16384);
                    reused = false;
                }
                out.write(head);
                if (body != null) {
                    out.write(body);
                }
                out.flush();
                int first = in.read();
                if (first < 0) {
                    boolean retry = reused;
                    close();
                    if (retry) {
                        continue;
                    }
                    throw new IOException("connection closed before the answer");
                }
                reused = true;
                return read(first);
            }
        }

        private Reply read(int first) throws IOException {
            String statusLine = (char) first + readLine();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closeAfter = false;
            for (String header = readLine(); !header.isEmpty(); header = readLine()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                } else if (name.equalsIgnoreCase("Connection")) {
                    closeAfter = value.equalsIgnoreCase("close");
                }
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(readLine().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(readLine().split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    readLine();
                }
                while (!readLine().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                body.write(in.readNBytes((int) length));
            } else {
                body.write(in.readAllBytes());
                closeAfter = true;
            }
            if (closeAfter) {
                close();
            }
            return new Reply(status, body.toByteArray());
        }

        private String readLine() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed in the middle of an answer");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
            socket = null;
        }
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** CPU time of this JVM (the driver itself: it shares the machine with the server). */
    static double cpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return 0;
    }

    /** User and system CPU of a process so far, from /proc (in clock ticks of 1/100 s); NaN without a pid. */
    static double serverCpuSeconds(String pid) {
        if (pid == null) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // the fields after the command name, which is in parentheses and may hold spaces: utime and stime
            // are the 14th and 15th fields of the whole line
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException e) {
            throw new UncheckedIOException("--server-pid " + pid + ": no such process", e);
        }
    }

    static final class Options {
        String url = System.getenv().getOrDefault("SAMENSPRAAK_URL", "http://localhost:8181");
        String method;
        String path = "/api/v1/health";
        List<String> headers = new ArrayList<>();
        String user;
        String body;
        Path lines;
        int[] clients = { 16 };
        int seconds = 10;
        long requests;
        int warmup = 3;
        int pairs = 1;
        String serverPid;
        boolean clientPerWorker;
        boolean javaHttpClient;

        /** Plain sockets unless asked otherwise or TLS is needed (the JDK's client does HTTPS). */
        boolean sockets() {
            return !javaHttpClient && !clientPerWorker && Arrays.stream(url.split(",")).allMatch(u -> u.startsWith("http://"));
        }
        int timeout = 30;
        String baseline = "GET /api/v1/health";
        double targetRps = 2000;
        double targetP99 = 50;
        String name = "target";
        boolean quiet;
        int[] expect;

        static Options parse(String[] args) throws IOException {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "-h", "--help" -> {
                        return null;
                    }
                    case "--client-per-worker" -> o.clientPerWorker = true;
                    case "--java-http-client" -> o.javaHttpClient = true;
                    case "-q", "--quiet" -> o.quiet = true;
                    default -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("missing value after " + a);
                        }
                        String v = args[++i];
                        switch (a) {
                            case "--url" -> o.url = v.replaceAll("/+(,|$)", "$1");
                            case "-X", "--method" -> o.method = v.toUpperCase(Locale.ROOT);
                            case "-p", "--path" -> o.path = v;
                            case "-H", "--header" -> o.headers.add(v);
                            case "-u", "--user" -> o.user = v;
                            case "-d", "--body" -> o.body = v;
                            case "--body-file" -> o.body = Files.readString(Path.of(v));
                            case "--lines" -> o.lines = Path.of(v);
                            case "--expect" -> o.expect = Arrays.stream(v.split(",")).map(String::trim)
                                    .mapToInt(Integer::parseInt).toArray();
                            case "-c", "--clients" -> o.clients = Arrays.stream(v.split(",")).map(String::trim)
                                    .mapToInt(Integer::parseInt).toArray();
                            case "-t", "--seconds" -> o.seconds = Integer.parseInt(v);
                            case "-n", "--requests" -> o.requests = Long.parseLong(v);
                            case "-w", "--warmup" -> o.warmup = Integer.parseInt(v);
                            case "--timeout" -> o.timeout = Integer.parseInt(v);
                            case "--pairs" -> o.pairs = Integer.parseInt(v);
                            case "--server-pid" -> o.serverPid = v;
                            case "--baseline" -> o.baseline = v;
                            case "--target-rps" -> o.targetRps = Double.parseDouble(v);
                            case "--target-p99" -> o.targetP99 = Double.parseDouble(v);
                            case "--name" -> o.name = v;
                            default -> throw new IllegalArgumentException("unknown option " + a);
                        }
                    }
                }
            }
            if (o.serverPid != null
                    && (!o.serverPid.matches("[0-9]+") || !Files.isReadable(Path.of("/proc", o.serverPid, "stat")))) {
                throw new IllegalArgumentException("--server-pid " + o.serverPid + ": no such process");
            }
            if (o.pairs < 1) {
                throw new IllegalArgumentException("--pairs must be at least 1");
            }
            if (!o.path.startsWith("/")) {
                throw new IllegalArgumentException("--path must start with /");
            }
            return o;
        }

        Spec target() throws IOException {
            List<String> headerList = new ArrayList<>();
            boolean contentType = false;
            for (String h : headers) {
                int colon = h.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("header without 'Name: value': " + h);
                }
                String n = h.substring(0, colon).trim();
                contentType |= n.equalsIgnoreCase("Content-Type");
                headerList.add(n);
                headerList.add(h.substring(colon + 1).trim());
            }
            if (user != null) {
                headerList.add("Authorization");
                headerList.add("Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
            }
            if (body != null && !contentType) {
                headerList.add("Content-Type");
                headerList.add("application/json");
            }
            List<String> lineList = null;
            if (lines != null) {
                lineList = Files.readAllLines(lines).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
                if (lineList.isEmpty()) {
                    throw new IllegalArgumentException(lines + " has no lines");
                }
            }
            String m = method != null ? method : body != null ? "POST" : "GET";
            return new Spec(m, path, headerList.toArray(String[]::new), body, lineList, expect);
        }

        Spec baseline() {
            if (baseline.equalsIgnoreCase("none")) {
                return null;
            }
            String[] parts = baseline.trim().split("\\s+", 2);
            if (parts.length != 2 || !parts[1].startsWith("/")) {
                throw new IllegalArgumentException("--baseline takes 'METHOD /path' or 'none'");
            }
            return new Spec(parts[0].toUpperCase(Locale.ROOT), parts[1], new String[0], null, null, null);
        }
    }
}
