package nl.samenspraak.rest.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import nl.samenspraak.testsupport.Manifest;

/**
 * The rest bundle talks to the domain services only: its manifest (written by bnd before the tests run)
 * imports no store package, so it cannot bypass the rules the services apply.
 */
public class ApiGrensTest {

    @Test
    public void importsNoStorePackage() {
        String imports = Manifest.importPackage();
        assertTrue(imports, imports.contains("nl.samenspraak.api.gemeente"));
        assertFalse(imports, imports.contains("nl.samenspraak.api.opslag"));
    }
}
