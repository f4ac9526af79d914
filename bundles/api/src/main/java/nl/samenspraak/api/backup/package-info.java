/**
 * Backups of the platform's database while it runs: the hosting provider's shell command uses a
 * {@link nl.samenspraak.api.backup.DatabaseBackup} service, which the persistence bundle provides.
 */
@Export
@Version("1.0.0")
package nl.samenspraak.api.backup;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
