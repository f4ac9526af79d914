/**
 * Short-lived sealed content, shared by every node through the platform's database.
 */
@Export
@Version("1.0.0")
package nl.samenspraak.api.kluis;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
