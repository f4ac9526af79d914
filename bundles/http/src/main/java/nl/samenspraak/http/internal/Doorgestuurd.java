package nl.samenspraak.http.internal;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a request really comes from when a trusted reverse proxy passed it on: the client's address (for
 * throttling sign-ins and voting codes, and for the security log), whether the client used HTTPS, and the host it
 * asked for. Only a peer in {@link VertrouwdeProxies} is believed; anyone can send these headers, and a forged
 * {@code X-Forwarded-For} must never buy a client a fresh throttling key or a false line in the log.
 * <p>
 * {@code X-Forwarded-For} is read from right to left, as each proxy appends the address it saw: the client is the
 * first address that is no trusted proxy. What a client wrote itself stands left of that and is never reached. An
 * entry that is no IP literal ends the walk at the last proxy reached, which is then the client.
 */
record Doorgestuurd(InetAddress client, Optional<Boolean> https, Optional<String> host, int poort) {

    static final String FOR = "X-Forwarded-For";
    static final String PROTO = "X-Forwarded-Proto";
    static final String HOST = "X-Forwarded-Host";

    private static final Pattern AUTORITEIT = Pattern.compile(
            "([A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+])(?::(\\d{1,5}))?");

    /** The headers of one request, by name, every value in the order received. */
    @FunctionalInterface
    interface Koppen {
        List<String> waarden(String naam);

        static Koppen van(javax.servlet.http.HttpServletRequest request) {
            return naam -> {
                List<String> waarden = new ArrayList<>();
                Enumeration<String> e = request.getHeaders(naam);
                while (e != null && e.hasMoreElements()) {
                    waarden.add(e.nextElement());
                }
                return waarden;
            };
        }
    }

    /** What the trusted proxy says; empty when the peer is no trusted proxy or says nothing. */
    static Optional<Doorgestuurd> lees(InetAddress peer, Koppen koppen, VertrouwdeProxies proxies) {
        if (peer == null || !proxies.vertrouwt(peer)) {
            return Optional.empty();
        }
        List<String> schakels = lijst(koppen.waarden(FOR));
        List<String> protocollen = lijst(koppen.waarden(PROTO));
        List<String> hosts = lijst(koppen.waarden(HOST));
        if (schakels.isEmpty() && protocollen.isEmpty() && hosts.isEmpty()) {
            return Optional.empty();
        }
        InetAddress client = peer;
        for (int i = schakels.size() - 1; i >= 0; i--) {
            Optional<InetAddress> schakel = Ipadres.lees(schakels.get(i));
            if (schakel.isEmpty()) {
                break;
            }
            client = schakel.get();
            if (!proxies.vertrouwt(client)) {
                break;
            }
        }
        Optional<String> host = Optional.empty();
        int poort = -1;
        if (!hosts.isEmpty()) {
            // the first proxy wrote the host the client asked for
            Matcher autoriteit = AUTORITEIT.matcher(hosts.get(0));
            if (autoriteit.matches() && (autoriteit.group(2) == null || geldigePoort(autoriteit.group(2)))) {
                host = Optional.of(autoriteit.group(1).toLowerCase(Locale.ROOT));
                poort = autoriteit.group(2) == null ? -1 : Integer.parseInt(autoriteit.group(2));
            }
        }
        return Optional.of(new Doorgestuurd(client, https(protocollen), host, poort));
    }

    /** HTTPS only when every proxy on the way says so; plain when every one says http; else unknown. */
    private static Optional<Boolean> https(List<String> protocollen) {
        if (protocollen.isEmpty()) {
            return Optional.empty();
        }
        if (protocollen.stream().allMatch("https"::equalsIgnoreCase)) {
            return Optional.of(true);
        }
        if (protocollen.stream().allMatch("http"::equalsIgnoreCase)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    private static boolean geldigePoort(String poort) {
        int p = Integer.parseInt(poort);
        return p > 0 && p <= 65535;
    }

    /** Header values split at commas, in order, without empty parts. */
    private static List<String> lijst(List<String> waarden) {
        List<String> lijst = new ArrayList<>();
        for (String waarde : waarden) {
            for (String deel : waarde.split(",")) {
                String d = deel.strip();
                if (!d.isEmpty()) {
                    lijst.add(d);
                }
            }
        }
        return lijst;
    }
}
