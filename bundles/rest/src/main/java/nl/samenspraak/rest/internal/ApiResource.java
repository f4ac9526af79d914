package nl.samenspraak.rest.internal;

/**
 * Marks a DS component that {@link ApiServer} publishes as a JAX-RS resource under {@code /api/v1}.
 */
public interface ApiResource {
}
