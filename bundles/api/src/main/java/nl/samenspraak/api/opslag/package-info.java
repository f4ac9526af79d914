/**
 * Durable storage behind the domain services: the contract between {@code core}, which validates and
 * applies the rules, and {@code persistence}, which stores atomically. Not for callers of the platform:
 * REST, the shell and the pages talk to the services of the other API packages only.
 */
@Export
@Version("1.3.0")
package nl.samenspraak.api.opslag;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
