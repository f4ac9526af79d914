package nl.samenspraak.web.internal.werkplek;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A secret of 256 random bits that only a download link holds, and what follows from it: the name of a compartment in
 * the kluis and the key that seals its content (AES-256-GCM, bound to the browser session that may open it). Both are
 * derived one way, so the database that holds the compartment can neither find the link nor read the content.
 */
final class Zegel {

    private static final SecureRandom TOEVAL = new SecureRandom();
    private static final int LENGTE = 32;
    private static final int IV = 12;
    private static final int TAG_BITS = 128;

    private final byte[] geheim;

    private Zegel(byte[] geheim) {
        this.geheim = geheim;
    }

    static Zegel nieuw() {
        byte[] geheim = new byte[LENGTE];
        TOEVAL.nextBytes(geheim);
        return new Zegel(geheim);
    }

    /** The seal of a link, if {@code tekst} is one ({@link #tekst()}); anything else is no seal. */
    static Optional<Zegel> uit(String tekst) {
        try {
            byte[] geheim = Base64.getUrlDecoder().decode(tekst);
            return geheim.length == LENGTE ? Optional.of(new Zegel(geheim)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The secret as it goes into the link. */
    String tekst() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(geheim);
    }

    /** The compartment's name: a hash of the secret. */
    String vak() {
        return HexFormat.of().formatHex(afgeleid("kluisvak"));
    }

    /** {@code inhoud} sealed: readable only with this secret, and only for the session {@code gebonden}. */
    byte[] verzegel(byte[] inhoud, String gebonden) {
        byte[] iv = new byte[IV];
        TOEVAL.nextBytes(iv);
        try {
            byte[] dicht = cipher(Cipher.ENCRYPT_MODE, iv, gebonden).doFinal(inhoud);
            byte[] verzegeld = Arrays.copyOf(iv, IV + dicht.length);
            System.arraycopy(dicht, 0, verzegeld, IV, dicht.length);
            return verzegeld;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The content, if it was sealed with this secret for {@code gebonden} and nobody changed it. */
    Optional<byte[]> open(byte[] verzegeld, String gebonden) {
        if (verzegeld.length < IV) {
            return Optional.empty();
        }
        try {
            return Optional.of(cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(verzegeld, IV), gebonden)
                    .doFinal(verzegeld, IV, verzegeld.length - IV));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private Cipher cipher(int richting, byte[] iv, String gebonden) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(richting, new SecretKeySpec(afgeleid("inhoud"), "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(gebonden.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** SHA-256 over a purpose and the secret: a different value for each purpose, none leading back to the secret. */
    private byte[] afgeleid(String doel) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(doel.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return sha256.digest(geheim);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
