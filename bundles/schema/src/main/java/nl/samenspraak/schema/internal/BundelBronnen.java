package nl.samenspraak.schema.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;

import liquibase.resource.AbstractResourceAccessor;
import liquibase.resource.Resource;
import liquibase.resource.URIResource;

/**
 * The changelog files inside this bundle, for Liquibase: read with {@link Bundle#getEntry}, because
 * Liquibase's class-loader accessor only understands {@code file:} and {@code jar:} locations, not a
 * framework's {@code bundle:} URLs.
 */
final class BundelBronnen extends AbstractResourceAccessor {

    private final Bundle bundle;

    BundelBronnen(Bundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public List<Resource> getAll(String path) throws IOException {
        URL entry = bundle.getEntry(path);
        return entry == null ? null : List.of(resource(path, entry));
    }

    @Override
    public List<Resource> search(String path, boolean recursive) throws IOException {
        Enumeration<URL> entries = bundle.findEntries(path, "*", recursive);
        List<Resource> found = new ArrayList<>();
        for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            found.add(resource(entry.getPath().replaceFirst("^/", ""), entry));
        }
        return found;
    }

    @Override
    public List<String> describeLocations() {
        return List.of("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion());
    }

    @Override
    public void close() {
        // nothing to release
    }

    private static Resource resource(String path, URL entry) throws IOException {
        try {
            return new URIResource(path, entry.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
