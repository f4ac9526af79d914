package nl.samenspraak.web.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import nl.samenspraak.api.security.Gebruiker;

/**
 * The sessions of this node, in memory: a random id (the cookie), a CSRF token, and the signed-in user. A
 * session ends after {@code inactief} without a request or {@code maximaal} after it began, whichever comes
 * first; a full store drops ended sessions, then the oldest. Behind a load balancer, route a browser to
 * the same node (sticky sessions); a node that restarts signs everybody out.
 */
final class Sessies {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final long inactiefNanos;
    private final long maximaalNanos;
    private final int maxSessies;
    private final LongSupplier klok;
    private final Map<String, Sessie> sessies = new ConcurrentHashMap<>();

    Sessies(Duration inactief, Duration maximaal, int maxSessies, LongSupplier klok) {
        this.inactiefNanos = inactief.toNanos();
        this.maximaalNanos = maximaal.toNanos();
        this.maxSessies = maxSessies;
        this.klok = klok;
    }

    /** The live session with this id, marked as used now; empty when unknown or ended (and then forgotten). */
    Optional<Sessie> vind(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Sessie sessie = sessies.get(id);
        if (sessie == null) {
            return Optional.empty();
        }
        long nu = klok.getAsLong();
        if (verlopen(sessie, nu)) {
            sessies.remove(id, sessie);
            return Optional.empty();
        }
        sessie.gebruikt(nu);
        return Optional.of(sessie);
    }

    /** A new session, anonymous when {@code gebruiker} is null. */
    Sessie begin(Gebruiker gebruiker) {
        long nu = klok.getAsLong();
        if (sessies.size() >= maxSessies) {
            ruimOp(nu);
        }
        Sessie sessie = new Sessie(willekeurig(), willekeurig(), gebruiker, nu);
        sessies.put(sessie.id(), sessie);
        return sessie;
    }

    void beeindig(String id) {
        if (id != null) {
            sessies.remove(id);
        }
    }

    int aantal() {
        return sessies.size();
    }

    /** Constant-time comparison of a posted token with the session's. */
    static boolean zelfdeToken(Sessie sessie, String token) {
        return token != null && MessageDigest.isEqual(sessie.csrf().getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private boolean verlopen(Sessie sessie, long nu) {
        return nu - sessie.laatstGebruikt() >= inactiefNanos || nu - sessie.begonnen() >= maximaalNanos;
    }

    private void ruimOp(long nu) {
        sessies.values().removeIf(s -> verlopen(s, nu));
        while (sessies.size() >= maxSessies) {
            Sessie oudste = null;
            for (Iterator<Sessie> it = sessies.values().iterator(); it.hasNext();) {
                Sessie s = it.next();
                if (oudste == null || s.laatstGebruikt() - oudste.laatstGebruikt() < 0) {
                    oudste = s;
                }
            }
            if (oudste == null) {
                return;
            }
            sessies.remove(oudste.id(), oudste);
        }
    }

    private static String willekeurig() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
