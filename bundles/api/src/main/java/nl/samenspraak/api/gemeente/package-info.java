/**
 * Gemeenten (the tenants of the platform) and their wijken, as configured by the hosting provider.
 */
@Export
@Version("1.1.0")
package nl.samenspraak.api.gemeente;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
