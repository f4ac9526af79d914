package nl.samenspraak.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One part of the platform that can tell whether it works. Implementations answer quickly (a load balancer
 * polls) and never throw: a failure is reported as {@link Health#down(String)}.
 */
@ConsumerType
public interface HealthCheck {

    /** Short, stable name such as {@code database}. */
    String name();

    Health check();
}
