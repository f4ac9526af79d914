/**
 * Health checks: any bundle registers a {@link nl.samenspraak.api.health.HealthCheck} service and the
 * platform's health resource reports it to load balancers and hosting providers.
 */
@Export
@Version("1.0.0")
package nl.samenspraak.api.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
