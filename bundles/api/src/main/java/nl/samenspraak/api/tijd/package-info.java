/**
 * Time as the platform counts it: one injectable notion of "today in the Netherlands".
 */
@Export
@Version("1.0.0")
package nl.samenspraak.api.tijd;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
