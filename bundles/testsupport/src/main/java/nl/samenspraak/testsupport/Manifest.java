package nl.samenspraak.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The manifest bnd wrote for the module under test, before its tests run. */
public final class Manifest {

    private Manifest() {
    }

    /** The {@code Import-Package} header of {@code target/classes/META-INF/MANIFEST.MF}. */
    public static String importPackage() {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
            return new java.util.jar.Manifest(in).getMainAttributes().getValue("Import-Package");
        } catch (IOException e) {
            throw new UncheckedIOException("the module's manifest is not built yet", e);
        }
    }
}
