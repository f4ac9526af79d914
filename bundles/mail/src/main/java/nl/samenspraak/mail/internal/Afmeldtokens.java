package nl.samenspraak.mail.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.samenspraak.api.mail.Mailsoort;

/**
 * Signed unsubscribe links: a token names a user and a kind of mail and carries an HMAC-SHA256 over both, so
 * whoever holds the mail can stop that kind without signing in, and nobody can make a token for someone else.
 * Tokens do not expire: a mail read a year later still unsubscribes.
 */
final class Afmeldtokens {

    /** Who may stop which kind of mail. */
    record Afmelding(String gebruiker, Mailsoort soort) {
    }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder D64 = Base64.getUrlDecoder();

    private final byte[] sleutel;

    Afmeldtokens(byte[] sleutel) {
        if (sleutel.length < 16) {
            throw new IllegalArgumentException("an unsubscribe key needs at least 16 bytes");
        }
        this.sleutel = sleutel.clone();
    }

    String token(String gebruiker, Mailsoort soort) {
        String inhoud = B64.encodeToString(gebruiker.getBytes(StandardCharsets.UTF_8)) + "." + soort.naam();
        return inhoud + "." + B64.encodeToString(mac(inhoud));
    }

    Optional<Afmelding> lees(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] delen = token.split("\\.", -1);
        if (delen.length != 3) {
            return Optional.empty();
        }
        try {
            String inhoud = delen[0] + "." + delen[1];
            if (!MessageDigest.isEqual(mac(inhoud), D64.decode(delen[2]))) {
                return Optional.empty();
            }
            return Optional.of(new Afmelding(new String(D64.decode(delen[0]), StandardCharsets.UTF_8), Mailsoort.van(delen[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String inhoud) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            return mac.doFinal(inhoud.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java", e);
        }
    }
}
