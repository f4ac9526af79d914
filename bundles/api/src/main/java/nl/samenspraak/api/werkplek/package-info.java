/**
 * The civil servants' workspace: who in the gemeente takes care of which item of the werkvoorraad.
 */
@Export
@Version("1.0.0")
package nl.samenspraak.api.werkplek;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
