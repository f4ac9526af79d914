package nl.samenspraak.api.opslag;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRecord;

/**
 * Durable history of the gemeenten the platform serves. Never deletes: a gemeente's stored data stays when
 * its configuration is removed, and returns to service when it is configured again.
 */
@ProviderType
public interface GemeenteStore {

    void recordConfigured(Gemeente gemeente, Instant at);

    void recordRemoved(String code, Instant at);

    Optional<GemeenteRecord> find(String code);

    List<GemeenteRecord> list();
}
