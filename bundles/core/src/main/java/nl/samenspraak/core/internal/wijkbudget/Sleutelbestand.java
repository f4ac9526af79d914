package nl.samenspraak.core.internal.wijkbudget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The voting-code key as a configuration file in {@code etc/} ({@code nl.samenspraak.stemgeheim.cfg}), readable
 * by its owner only. There a hosting provider backs it up with the rest of {@code etc/}, and Karaf's fileinstall
 * reads it into Config Admin. A key that Config Admin alone held (in {@code data/cache}, lost with that folder)
 * is written here too, so installations from before keep their key.
 */
final class Sleutelbestand {

    static final String NAAM = Stemgeheim.PID + ".cfg";

    private final Path bestand;

    Sleutelbestand(Path etc) {
        this.bestand = etc.resolve(NAAM);
    }

    Path pad() {
        return bestand;
    }

    /** The key in the file, if there is one. */
    Optional<byte[]> lees() {
        if (!Files.isRegularFile(bestand)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + bestand, e);
        }
        String sleutel = properties.getProperty(Stemgeheim.SLEUTEL);
        return sleutel == null || sleutel.isBlank() ? Optional.empty()
                : Optional.of(Base64.getDecoder().decode(sleutel.strip()));
    }

    /**
     * Writes the key unless the file already exists, and answers the key the file holds afterwards: when two
     * activations race, both end up with the one key that was written first. Written beside the file first and
     * linked in, so fileinstall never reads it half-written.
     */
    byte[] bewaar(byte[] sleutel) {
        Path tijdelijk = bestand.resolveSibling("." + NAAM + "." + ProcessHandle.current().pid() + "."
                + Thread.currentThread().getId() + ".tmp");
        String inhoud = "# The key of the voting codes (HMAC-SHA256), written at the first start. Back it up with the\n"
                + "# database and keep it secret: without it no voting code of a running round works, with it and a\n"
                + "# copy of the database voting codes can be tried offline. Readable by its owner only.\n"
                + Stemgeheim.SLEUTEL + " = " + Base64.getEncoder().encodeToString(sleutel) + "\n";
        try {
            Files.deleteIfExists(tijdelijk);
            maakAlleenVoorEigenaar(tijdelijk);
            Files.writeString(tijdelijk, inhoud, StandardCharsets.UTF_8);
            try {
                // a hard link fails when the file exists, where a rename would silently replace it
                Files.createLink(bestand, tijdelijk);
            } catch (FileAlreadyExistsException e) {
                // another activation was first: its key counts
            } finally {
                Files.deleteIfExists(tijdelijk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the voting-code key to " + bestand, e);
        }
        return lees().orElseThrow(() -> new IllegalStateException(bestand + " holds no " + Stemgeheim.SLEUTEL));
    }

    private static void maakAlleenVoorEigenaar(Path pad) throws IOException {
        try {
            Files.createFile(pad, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions (Windows): the folder's rights apply
            Files.createFile(pad);
        }
    }
}
