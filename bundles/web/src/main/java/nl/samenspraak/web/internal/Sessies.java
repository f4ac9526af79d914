package nl.samenspraak.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.websessie.Websessie;
import nl.samenspraak.api.websessie.Websessies;

/**
 * The pages' sessions: a random id (the cookie), a CSRF token, and the signed-in user, kept in the platform's
 * database ({@link Websessies}) so that any node serves any browser and a restart signs nobody out. The database
 * holds a hash of the cookie, never the cookie. A session ends after {@code inactief} without a request or
 * {@code maximaal} after it began, whichever comes first. Its last use is written at most once a minute, so a
 * page view is one read by primary key, not a write.
 */
final class Sessies {

    /** How stale a session's recorded last use may be: the granularity of {@code inactief}. */
    static final Duration BIJWERKEN_NA = Duration.ofMinutes(1);
    /** How often this node forgets ended sessions of every node. */
    static final Duration OPRUIMEN_NA = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Websessies opslag;
    private final Duration inactief;
    private final Duration maximaal;
    private final Clock klok;
    private final AtomicReference<Instant> opgeruimd;

    Sessies(Websessies opslag, Duration inactief, Duration maximaal, Clock klok) {
        this.opslag = opslag;
        this.inactief = inactief;
        this.maximaal = maximaal;
        this.klok = klok;
        this.opgeruimd = new AtomicReference<>(klok.instant());
    }

    /** The live session with this cookie, marked as used now; empty when unknown or ended (and then forgotten). */
    Optional<Sessie> vind(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        String sleutel = sleutel(id);
        Optional<Websessie> gevonden = opslag.vind(sleutel);
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        Websessie sessie = gevonden.get();
        Instant nu = klok.instant();
        if (verlopen(sessie, nu)) {
            opslag.verwijder(sleutel);
            return Optional.empty();
        }
        if (!nu.isBefore(sessie.laatstGebruikt().plus(BIJWERKEN_NA))) {
            opslag.gebruikt(sleutel, nu);
        }
        return Optional.of(new Sessie(id, sessie.csrf(), sessie.gebruiker()));
    }

    /** A new session, anonymous when {@code gebruiker} is null. */
    Sessie begin(Gebruiker gebruiker) {
        Instant nu = klok.instant();
        ruimOpAlsHetTijdIs(nu);
        Sessie sessie = new Sessie(willekeurig(), willekeurig(), Optional.ofNullable(gebruiker));
        opslag.bewaar(new Websessie(sleutel(sessie.id()), sessie.csrf(), sessie.gebruiker(), nu, nu));
        return sessie;
    }

    void beeindig(String id) {
        if (id != null && !id.isEmpty()) {
            opslag.verwijder(sleutel(id));
        }
    }

    /** Constant-time comparison of a posted token with the session's. */
    static boolean zelfdeToken(Sessie sessie, String token) {
        return token != null && MessageDigest.isEqual(sessie.csrf().getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    /** The key a session is stored under: SHA-256 of its cookie, so a copy of the database signs nobody in. */
    static String sleutel(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private boolean verlopen(Websessie sessie, Instant nu) {
        return !nu.isBefore(sessie.laatstGebruikt().plus(inactief)) || !nu.isBefore(sessie.begonnen().plus(maximaal));
    }

    private void ruimOpAlsHetTijdIs(Instant nu) {
        Instant vorige = opgeruimd.get();
        if (!nu.isBefore(vorige.plus(OPRUIMEN_NA)) && opgeruimd.compareAndSet(vorige, nu)) {
            opslag.verwijderVerlopen(nu.minus(inactief), nu.minus(maximaal));
        }
    }

    private static String willekeurig() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
