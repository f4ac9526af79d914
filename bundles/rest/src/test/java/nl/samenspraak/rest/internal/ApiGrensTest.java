package nl.samenspraak.rest.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Manifest;

import org.junit.Test;

/**
 * The rest bundle talks to the domain services only: its manifest (written by bnd before the tests run)
 * imports no store package, so it cannot bypass the rules the services apply.
 */
public class ApiGrensTest {

    @Test
    public void importsNoStorePackage() throws IOException {
        Manifest manifest;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        String imports = manifest.getMainAttributes().getValue("Import-Package");
        assertTrue(imports, imports.contains("nl.samenspraak.api.gemeente"));
        assertFalse(imports, imports.contains("nl.samenspraak.api.opslag"));
    }
}
