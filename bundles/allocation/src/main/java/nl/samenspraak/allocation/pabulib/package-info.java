/** Reading and writing Pabulib {@code .pb} files (https://pabulib.org/format). */
@Export
@Version("1.1.0")
package nl.samenspraak.allocation.pabulib;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
