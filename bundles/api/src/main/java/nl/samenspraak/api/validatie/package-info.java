/**
 * Refused input, told field by field, so that every interface (REST, shell) can name each field that does
 * not comply and why.
 */
@Export
@Version("1.1.0")
package nl.samenspraak.api.validatie;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
