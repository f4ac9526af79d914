package nl.samenspraak.rest.internal;

/**
 * Marks a DS component that {@link ApiServer} registers as a JAX-RS provider (filter, exception mapper).
 */
public interface ApiProvider {
}
